using System.Globalization;
using Addin.Testing;

namespace Addin.Bench.Processing;

/// <summary>
/// <c>./addin bench processing [--minutes 60]</c>: one recording, processed by Addin in this process, then the same
/// ffmpeg commands run directly; prints both times, their ratio and Addin's peak memory. (Not top-level statements:
/// those would make a second <c>Program</c> beside Addin.Web's, which the in-process host is started from.)
/// </summary>
internal static class ProcessingBenchmark
{
    private const double RatioTarget = 1.25;
    private const long MemoryTarget = 300L * 1024 * 1024;

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Addin.Bench.Processing [--minutes N]   (1 to 600, default 60)");
            return 2;
        }

        using var work = new TempDirectory("addin-bench-processing");
        Console.WriteLine($"Generating a {options.Minutes}-minute 1280x720 30 fps H.264/AAC recording with a transcript…");
        var (media, transcript) = await BenchRecording.CreateAsync(work.Path, options.Minutes);
        long size = new FileInfo(media).Length;

        Console.WriteLine($"Addin: processing {size / 1024.0 / 1024.0:F0} MB after upload (probe, poster, transcript, renditions)…");
        var addin = await AddinRun.RunAsync(work.Combine("addin"), media, transcript, TimeSpan.FromMinutes(10 + options.Minutes));
        foreach (string e in addin.Events)
        {
            Console.WriteLine($"  {e}");
        }

        Console.WriteLine($"Direct: the same {addin.Commands.Count} ffmpeg/ffprobe commands, one after another…");
        var direct = await DirectRun.RunAsync("/usr/bin", addin.Commands);

        double ratio = addin.Processing / direct;
        double peakMb = addin.PeakWorkingSet / 1024.0 / 1024.0;
        bool fastEnough = ratio <= RatioTarget, smallEnough = addin.PeakWorkingSet < MemoryTarget;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Addin processing after upload: {addin.Processing.TotalSeconds,8:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Same ffmpeg commands directly:  {direct.TotalSeconds,8:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio:                          {ratio,8:F2}×  (target ≤ {RatioTarget:F2}×: {(fastEnough ? "met" : "MISSED")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Addin peak working set:         {peakMb,8:F0} MB (target < 300 MB: {(smallEnough ? "met" : "MISSED")})"));
        return fastEnough && smallEnough ? 0 : 1;
    }
}
