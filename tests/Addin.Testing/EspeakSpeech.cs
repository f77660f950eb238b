using System.Diagnostics;

namespace Addin.Testing;

/// <summary>
/// Speech synthesised with espeak-ng and resampled by ffmpeg to what the host gives speech engines: a 16 kHz mono
/// 16-bit PCM WAV. The text goes through a file, so no line of it is ever read as an option.
/// </summary>
public static class EspeakSpeech
{
    public static string WriteWav(string text, string path, string voice = "en-us", int wordsPerMinute = 150)
    {
        string work = path + ".work";
        Directory.CreateDirectory(work);
        try
        {
            string textFile = Path.Combine(work, "text.txt");
            string spoken = Path.Combine(work, "espeak.wav");
            File.WriteAllText(textFile, text);
            Run("/usr/bin/espeak-ng", "-b", "1", "-v", voice, "-s", wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "-w", spoken, "-f", textFile);
            Run("/usr/bin/ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", spoken, "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", path);
            return path;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {process.ExitCode}: {error}");
        }
    }
}
