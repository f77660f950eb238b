using System.Text.Json;
using Addin.Media.Speech;
using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Demo;

/// <summary>
/// Makes the demo course's two recordings on first start — real speech from espeak-ng over an ffmpeg test picture,
/// with matching WebVTT transcripts — and drops them into the course's watched folder, so they arrive through the
/// same pipeline as any recording.
/// </summary>
public sealed partial class DemoRecordings(
    SpeechClipGenerator generator,
    IOptions<AddinOptions> options,
    TimeProvider time,
    ILogger<DemoRecordings> logger) : BackgroundService
{
    private static readonly SpeechClipSpec ClassSession = new()
    {
        FileStem = "factoring-quadratics",
        Container = "mp4",
        Title = "Factoring quadratics",
        Lines =
        [
            new SpokenLine("Ana Rivera", "Good morning everyone. Today we factor quadratics.", "en-us+f2"),
            new SpokenLine("Ana Rivera", "Take x squared plus five x plus six. Which two numbers multiply to six and add to five?", "en-us+f2"),
            new SpokenLine("Sam Lee", "Two and three?", "en-us+m3"),
            new SpokenLine("Ana Rivera", "Exactly. So it factors as x plus two, times x plus three.", "en-us+f2"),
            new SpokenLine("Alex Kim", "I am confused about the signs when the middle term is negative.", "en-us+m1"),
            new SpokenLine("Ana Rivera", "Good question. Then both numbers are negative. We will practise that next time.", "en-us+f2"),
        ],
    };

    private static readonly SpeechClipSpec Tutoring = new()
    {
        FileStem = "tutoring-sam-fractions",
        Container = "webm",
        Title = "Tutoring: fractions",
        Lines =
        [
            new SpokenLine("Ana Rivera", "Sam, let us review adding fractions with different denominators.", "en-us+f2"),
            new SpokenLine("Sam Lee", "I always forget to find the common denominator first.", "en-us+m3"),
            new SpokenLine("Ana Rivera", "One half plus one third. What is the common denominator?", "en-us+f2"),
            new SpokenLine("Sam Lee", "Six. So three sixths plus two sixths is five sixths.", "en-us+m3"),
        ],
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedDemoRecordings)
        {
            return;
        }

        string dataDirectory = options.Value.DataDirectory;
        string marker = Path.Combine(dataDirectory, "demo-platform", "recordings-made");
        if (File.Exists(marker))
        {
            return;
        }

        try
        {
            string inbox = Path.Combine(dataDirectory, "inbox", DemoLms.Algebra.Key);
            string work = Path.Combine(dataDirectory, "demo-platform", "clips");
            var start = time.GetUtcNow().AddDays(-2);

            // Both at once: each is dropped as soon as it is made, so the first is in the pipeline while the other encodes.
            await Task.WhenAll(
                MakeAsync(ClassSession, work, inbox, new { title = "Factoring quadratics (class)", startedAt = start }, stoppingToken),
                MakeAsync(Tutoring, work, inbox, new
                {
                    title = "Tutoring: Sam — adding fractions",
                    startedAt = start.AddDays(1),
                    participants = new[] { new { lmsUserId = "demo-student-sam", displayName = "Sam Lee" } },
                }, stoppingToken));
            Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
            await File.WriteAllTextAsync(marker, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), stoppingToken);
            LogMade(logger, inbox);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    /// <summary>Generates a clip aside, then moves media, transcript and metadata into the inbox (media last, so it is never picked up half-made).</summary>
    private async Task MakeAsync(SpeechClipSpec spec, string work, string inbox, object sidecar, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(inbox);
        var clip = await generator.GenerateAsync(spec, work, cancellationToken);
        string stem = Path.Combine(inbox, spec.FileStem);
        await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(sidecar, JsonSerializerOptions.Web), cancellationToken);
        File.Move(clip.CaptionsPath, stem + ".vtt", overwrite: true);
        File.Move(clip.MediaPath, stem + Path.GetExtension(clip.MediaPath), overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo recordings made and dropped into {Inbox}")]
    private static partial void LogMade(ILogger logger, string inbox);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not make the demo recordings (is espeak-ng installed? ./addin run installs it)")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
