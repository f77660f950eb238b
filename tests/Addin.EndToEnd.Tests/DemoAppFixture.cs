using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// One Addin with its demo LMS and the two seeded demo recordings (made by ffmpeg + espeak-ng at first start and
/// brought to Ready by the real pipeline), and one headless Chromium, shared by every end-to-end test.
/// </summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    /// <summary>The seeded class recording (MP4, every student of Algebra 1 may see it).</summary>
    public const string ClassTitle = "Factoring quadratics (class)";

    /// <summary>The seeded one-to-one tutoring recording (WebM, only Sam, Sam's parent and staff may see it).</summary>
    public const string TutoringTitle = "Tutoring: Sam — adding fractions";

    // Generous: on a machine running several builds at once, ffmpeg and espeak-ng take minutes, not seconds.
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(5);

    private IPlaywright? playwright;

    public AddinApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public SeededRecording Class { get; private set; } = null!;

    public SeededRecording Tutoring { get; private set; } = null!;

    /// <summary>Where the tests put screenshots: the test output folder.</summary>
    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        // The app (whose start-up begins making the demo recordings) and the browser start side by side.
        var starting = Task.Run(() => AddinApp.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Addin:SeedDemoRecordings"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(playwright);
        App = await starting;

        var seeded = await WaitFor.ValueAsync(
            ReadSeededAsync,
            list => list.Count == 2 && list.All(r => r.Status is RecordingStatus.Ready or RecordingStatus.Failed or RecordingStatus.Duplicate),
            "the two demo recordings to be generated and processed",
            SeedTimeout);
        Assert.All(seeded, r => Assert.True(r.Status == RecordingStatus.Ready, $"Seeded recording '{r.Title}' ended {r.Status}: {r.Error}"));
        Class = seeded.Single(r => r.Title == ClassTitle);
        Tutoring = seeded.Single(r => r.Title == TutoringTitle);
    }

    /// <summary>A fresh browser context (no storage shared with other tests) with a page watched for console errors and CSP violations.</summary>
    public Task<WatchedPage> NewPageAsync(int width = 1280, int height = 800) => WatchedPage.OpenAsync(Browser, App.BaseUrl, width, height);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }

    private async Task<List<SeededRecording>> ReadSeededAsync(CancellationToken cancellationToken)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return await db.Recordings.AsNoTracking()
            .Where(r => r.Title == ClassTitle || r.Title == TutoringTitle)
            .OrderBy(r => r.Id)
            .Select(r => new SeededRecording(r.Id, r.Title, r.Status, r.Stage, r.DurationMs, r.Error))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A recording as the tests need it.</summary>
public sealed record SeededRecording(long Id, string Title, RecordingStatus Status, PipelineStage Stage, long? DurationMs, string? Error)
{
    public double DurationSeconds => (DurationMs ?? throw new InvalidOperationException($"'{Title}' has no duration")) / 1000.0;

    public override string ToString() => $"{Title} #{Id}: {Status} at {Stage}{(Error is null ? "" : $" ({Error})")}";
}

/// <summary>All end-to-end tests share one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DemoAppCollection : ICollectionFixture<DemoAppFixture>
{
    public const string Name = "Demo app in Chromium";
}
