using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Media;
using Addin.Media.Speech;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Testing;

/// <summary>Makes real recordings (espeak-ng speech, ffmpeg) and drops them into a course's watched folder, as a person would.</summary>
public static class InboxDrops
{
    /// <summary>Generates a clip and drops it, with its transcript and a metadata sidecar, into the course's inbox.</summary>
    public static async Task DropAsync(AddinApp app, string courseKey, string stem, string title, IReadOnlyList<SpokenLine> lines, object? participants = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var work = new TempDirectory("addin-clip");
        var generator = new SpeechClipGenerator(new FfmpegOptions(), NullLogger<SpeechClipGenerator>.Instance);
        var clip = await generator.GenerateAsync(new SpeechClipSpec { FileStem = stem, Lines = lines, Width = 320, Height = 180 }, work.Path, CancellationToken.None);
        string inbox = app.Inbox(courseKey);
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, stem + ".json"), JsonSerializer.Serialize(new { title, participants }, JsonSerializerOptions.Web));
        File.Move(clip.CaptionsPath, Path.Combine(inbox, stem + ".vtt"));
        File.Move(clip.MediaPath, Path.Combine(inbox, stem + Path.GetExtension(clip.MediaPath)));
    }

    /// <summary>Waits until a recording with this title reaches a final status; returns it.</summary>
    public static async Task<Recording> WaitForAsync(AddinApp app, string title, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await timer.WaitForNextTickAsync(cancel.Token))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            var recording = await db.Recordings.AsNoTracking().FirstOrDefaultAsync(r => r.Title == title, cancel.Token);
            if (recording?.Status is RecordingStatus.Ready or RecordingStatus.Failed or RecordingStatus.Duplicate)
            {
                return recording;
            }
        }

        throw new TimeoutException($"Recording '{title}' did not finish.");
    }
}
