using System.Text.Json;
using Addin.Media;
using Addin.Media.Speech;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>The instructor uploads a recording on the course page and watches it go through the pipeline to the player.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class UploadTests(DemoAppFixture demo, ITestOutputHelper output)
{
    [Fact]
    public async Task Instructor_Uploads_SeesProgress_LandsOnTheRecording_AndWatchesItBecomePlayable()
    {
        using var work = new TempDirectory("addin-e2e-upload");
        var clip = await new SpeechClipGenerator(new FfmpegOptions(), NullLogger<SpeechClipGenerator>.Instance).GenerateAsync(
            new SpeechClipSpec
            {
                FileStem = "browser-upload",
                Width = 320,
                Height = 180,
                Lines =
                [
                    new SpokenLine("Ana Rivera", "This recording was uploaded in the browser.", "en-us+f2"),
                    new SpokenLine("Sam Lee", "And now it plays with captions.", "en-us+m3"),
                ],
            },
            work.Path,
            CancellationToken.None);
        string title = $"Uploaded in the browser {Guid.NewGuid():N}"[..32];

        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("instructor");
        var form = frame.GetByTestId("upload-form");
        await form.Locator("input[name=title]").FillAsync(title);
        await form.Locator("input[name=transcript]").SetInputFilesAsync(clip.CaptionsPath);
        await form.Locator("input[name=file]").SetInputFilesAsync(clip.MediaPath);

        // A slow uplink, as from home, so the upload takes a moment and its progress is there to see.
        long bytes = new FileInfo(clip.MediaPath).Length + new FileInfo(clip.CaptionsPath).Length;
        var cdp = await page.Context.NewCDPSessionAsync(page.Page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 0,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = bytes / 2,
        });

        var upload = form.GetByRole(AriaRole.Button, new() { Name = "Upload" });
        await upload.ClickAsync();
        await Expect(form.Locator("progress.upload-progress")).ToBeVisibleAsync();
        await Expect(upload).ToBeDisabledAsync(); // a second click would send the same file again
        await Expect(form.Locator(".upload-message")).ToContainTextAsync("Uploading");

        await frame.WaitForURLAsync(WatchedPage.RecordingPage(), new() { Timeout = 30_000 });
        string recordingPath = new Uri(frame.Url).AbsolutePath;
        await Expect(frame.Locator("h1")).ToHaveTextAsync(title);
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });

        // The page follows the pipeline on its own, and shows the player when the recording is ready.
        await Expect(frame.Locator("video#player")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await frame.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
        await Expect(frame.Locator(".transcript button.line")).ToHaveCountAsync(2);
        await Expect(frame.Locator("video#player track[kind=captions]")).ToHaveCountAsync(1);
        await Expect(frame.Locator(".pipeline")).ToHaveCountAsync(0);
        await Expect(frame.GetByTestId("events")).ToBeVisibleAsync();

        var reports = page.ConsoleMessages
            .Where(m => m.Contains(WatchedPage.PipelinePrefix, StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<PipelineReport>(m[(m.IndexOf(WatchedPage.PipelinePrefix, StringComparison.Ordinal) + WatchedPage.PipelinePrefix.Length)..], JsonSerializerOptions.Web)!)
            .Where(r => r.Path == recordingPath)
            .ToList();
        foreach (var report in reports)
        {
            output.WriteLine(report.ToString());
        }

        Assert.Contains(reports, r => !r.Live);
        string rendered = reports.First(r => !r.Live).State;
        Assert.Contains(reports, r => r.Live && r.State != rendered);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Instructor_UploadsInPieces_ThroughADroppedPiece_AndTheRecordingReachesThePipeline()
    {
        using var work = new TempDirectory("addin-e2e-resumable");
        var clip = await new SpeechClipGenerator(new FfmpegOptions(), NullLogger<SpeechClipGenerator>.Instance).GenerateAsync(
            new SpeechClipSpec
            {
                FileStem = "resumed-upload",
                Width = 320,
                Height = 180,
                Lines = [new SpokenLine("Ana Rivera", "This upload lost a piece on the way and went on.", "en-us+f2")],
            },
            work.Path,
            CancellationToken.None);
        long size = new FileInfo(clip.MediaPath).Length;
        const int pieceBytes = 8 * 1024;
        Assert.True(size > 3 * pieceBytes, $"the clip ({size} bytes) must take several pieces");

        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("instructor");
        var form = frame.GetByTestId("upload-form");
        await form.EvaluateAsync($"f => f.dataset.pieceBytes = '{pieceBytes}'");
        await form.Locator("input[name=title]").FillAsync("Resumed in the browser");
        await form.Locator("input[name=file]").SetInputFilesAsync(clip.MediaPath);

        // The connection drops during the second piece; every request of the upload is written down.
        var requests = new List<string>();
        int patches = 0;
        await page.Page.RouteAsync("**/upload/resumable**", async route =>
        {
            var request = route.Request;
            lock (requests)
            {
                requests.Add(request.Method);
            }

            if (request.Method == "PATCH" && Interlocked.Increment(ref patches) == 2)
            {
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });

        await form.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(form.Locator(".upload-message")).ToContainTextAsync("Retrying");
        await frame.WaitForURLAsync(WatchedPage.RecordingPage(), new() { Timeout = 30_000 });

        await Expect(frame.Locator("h1")).ToHaveTextAsync("Resumed in the browser");
        await Expect(frame.Locator("video#player")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        string[] sent;
        lock (requests)
        {
            sent = [.. requests];
        }

        output.WriteLine(string.Join(' ', sent));
        Assert.Equal("POST", sent[0]);
        int dropped = Array.IndexOf(sent, "PATCH", Array.IndexOf(sent, "PATCH") + 1);
        Assert.Equal("HEAD", sent[dropped + 1]);
        Assert.Equal((int)Math.Ceiling(size / (double)pieceBytes) + 1, sent.Count(m => m == "PATCH"));
        page.AssertNoProblems(new System.Text.RegularExpressions.Regex("ERR_CONNECTION_RESET|Failed to load resource"));
    }

    private sealed record PipelineReport(string Path, bool Live, string? Current, IReadOnlyList<string> Done, string Text)
    {
        public string State => $"{Current}|{string.Join(',', Done)}|{Text}";

        public override string ToString() => $"{(Live ? "live" : "page")}: current {Current ?? "-"}, done [{string.Join(',', Done)}], '{Text}'";
    }
}
