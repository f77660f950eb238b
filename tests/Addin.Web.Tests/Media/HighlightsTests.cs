using System.Net;
using System.Net.Http.Headers;
using Addin.Core.Highlights;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Media;

/// <summary>
/// A recording whose recap tags a confusion and a breakthrough: approving the recap cuts the highlight clip (a durable
/// job); the course's students get the clip, its captions and the chapters track only once the recap is approved; a
/// student of another course never does; a later version that cannot be cut (the recording damaged) keeps the clip and the
/// approval and says why. On SQLite and PostgreSQL.
/// </summary>
public sealed class HighlightsTests
{
    private const string Title = "Highlights: adding fractions";

    private static readonly SpokenLine[] Lines =
    [
        new("Ana Rivera", "Today we add fractions with different denominators."),
        new("Sam Lee", "I don't understand why the denominators stay the same."),
        new("Ana Rivera", "We find a common denominator first, then we add the tops."),
        new("Sam Lee", "Oh, I get it now, that makes sense."),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ApprovingTheRecap_CutsTheClip_ThatOnlyTheCoursesPeopleGetAndOnlyOnceApproved_AndADamagedReCutLosesNothing(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        await InboxDrops.DropAsync(app, "alg-101", "highlights", Title, Lines);
        var recording = await InboxDrops.WaitForAsync(app, Title);
        using var browser = app.CreateBrowser();
        var instructor = await browser.LaunchAsync("instructor");
        var student = await browser.LaunchAsync("student");
        await browser.LaunchAsync("student2");
        await browser.LaunchAsync("outsider");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

        Assert.DoesNotContain("data-testid=\"highlights-link\"", await client.GetStringAsync(student.WithToken($"/app/recording/{recording.Id}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, client, recording.Id, MediaAsset.Highlights, "student2"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, client, recording.Id, MediaAsset.Chapters, "student2"));

        int version;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            version = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Recaps.Where(r => r.RecordingId == recording.Id).Select(r => r.Version).SingleAsync();
        }

        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        using (var approved = await client.PostAsync(instructor.WithToken($"/app/recording/{recording.Id}/recap/approve"), form))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var clip = await WaitFor.ValueAsync(
            async ct =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
                return await db.Recordings.AsNoTracking().Where(r => r.Id == recording.Id)
                    .Select(r => new { r.HighlightsKey, r.HighlightCaptionsKey, Clip = db.HighlightClips.SingleOrDefault(c => c.RecordingId == r.Id) })
                    .SingleAsync(ct);
            },
            r => r.HighlightsKey is not null,
            "the highlight clip");

        Assert.Equal(($"recordings/{recording.Id}/highlights.mp4", $"recordings/{recording.Id}/highlights.vtt"), (clip.HighlightsKey, clip.HighlightCaptionsKey));
        Assert.Equal(version + 1, clip.Clip!.RecapVersion);
        Assert.InRange(clip.Clip.DurationMs, 1000, recording.DurationMs!.Value);
        Assert.Equal(HttpStatusCode.PartialContent, await StatusAsync(app, client, recording.Id, MediaAsset.Highlights, "instructor"));

        string page = await client.GetStringAsync(student.WithToken($"/app/recording/{recording.Id}"));
        Assert.Contains("data-testid=\"highlights-link\"", page, StringComparison.Ordinal);
        Assert.Contains("<track kind=\"chapters\"", page, StringComparison.Ordinal);
        string highlights = await client.GetStringAsync(student.WithToken($"/app/recording/{recording.Id}") + "&view=highlights");
        Assert.Contains("data-testid=\"highlights-player\"", highlights, StringComparison.Ordinal);
        Assert.Contains("Confusion</span>", highlights, StringComparison.Ordinal);
        Assert.Contains("open in the full recording at 0:", highlights, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.PartialContent, await StatusAsync(app, client, recording.Id, MediaAsset.Highlights, "student"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, client, recording.Id, MediaAsset.HighlightCaptions, "student"));
        string chapters = await client.GetStringAsync(await SignedUrlAsync(app, recording.Id, MediaAsset.Chapters, "student"));
        Assert.StartsWith("WEBVTT", chapters, StringComparison.Ordinal);
        Assert.Contains("Confusion: ", chapters, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, client, recording.Id, MediaAsset.Highlights, "outsider"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, client, recording.Id, MediaAsset.Chapters, "outsider"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            var again = await scope.ServiceProvider.GetRequiredService<HighlightClipMaker>().CutAsync(recording.Id, CancellationToken.None);
            Assert.Equal(HighlightCutOutcome.AlreadyCut, again.Outcome);
            Assert.Equal(RecapStatus.Approved, await db.Recaps.Where(r => r.RecordingId == recording.Id).Select(r => r.Status).SingleAsync());
            var refused = await db.AuditEntries.Where(a => a.Action == "media.stream" && !a.Allowed && a.TargetId == recording.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(a => a.Detail).ToListAsync();
            Assert.Equal(4, refused.Count);
            Assert.Equal(2, refused.Count(d => d!.Contains("not approved", StringComparison.Ordinal)));
        }

        await ReCutOfADamagedRecording_FailsWithItsReason_AndKeepsTheClipAndTheApprovalAsync(app, recording.Id, version + 1);
    }

    // A recording damaged in the store since: the next approved version cannot be cut; the log says why, nothing is lost.
    private static async Task ReCutOfADamagedRecording_FailsWithItsReason_AndKeepsTheClipAndTheApprovalAsync(AddinApp app, long recordingId, int version)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var stored = await db.Recordings.AsNoTracking().Include(r => r.Course).ThenInclude(c => c!.Platform).SingleAsync(r => r.Id == recordingId);
        var store = (await scope.ServiceProvider.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(stored.Course!.PlatformId, CancellationToken.None)).Provider;
        await store.PutAsync(stored.PlaybackKey ?? stored.MediaKey!, new MemoryStream(new byte[4096]), "video/mp4", null, CancellationToken.None);
        string subject = Web.Demo.DemoLms.Persona("instructor")!.Subject;
        long instructorId = await db.People.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync();
        var instructor = new Core.Access.Viewer(instructorId, stored.Course.PlatformId, stored.Course.Platform!.InstitutionId, false);
        Assert.Equal(RecapReviewOutcome.Done, (await scope.ServiceProvider.GetRequiredService<RecapReview>().ApproveAsync(instructor, recordingId, version, CancellationToken.None)).Outcome);

        var failure = await Assert.ThrowsAsync<HighlightClipException>(() => scope.ServiceProvider.GetRequiredService<HighlightClipMaker>().CutAsync(recordingId, CancellationToken.None));

        Assert.Contains(stored.OriginalFileName, failure.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        var logged = await db.RecordingEvents.Where(e => e.RecordingId == recordingId && e.Severity == EventSeverity.Error).Select(e => e.Message).SingleAsync();
        Assert.StartsWith($"Highlights not cut: The file '{stored.OriginalFileName}'", logged, StringComparison.Ordinal);
        Assert.Equal(RecapStatus.Approved, await db.Recaps.Where(r => r.RecordingId == recordingId).Select(r => r.Status).SingleAsync());
        Assert.NotNull(await db.Recordings.Where(r => r.Id == recordingId).Select(r => r.HighlightsKey).SingleAsync());
        Assert.Equal(version, await db.HighlightClips.Where(c => c.RecordingId == recordingId).Select(c => c.RecapVersion).SingleAsync());
    }

    private static async Task<HttpStatusCode> StatusAsync(AddinApp app, HttpClient client, long recordingId, MediaAsset asset, string persona)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await SignedUrlAsync(app, recordingId, asset, persona));
        request.Headers.Range = asset == MediaAsset.Highlights ? new RangeHeaderValue(0, 99) : null;
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    // The page gives a person only the URLs they may use; a URL signed directly stands for a link kept from elsewhere.
    private static async Task<string> SignedUrlAsync(AddinApp app, long recordingId, MediaAsset asset, string persona)
    {
        await using var scope = app.Services.CreateAsyncScope();
        string subject = Web.Demo.DemoLms.Persona(persona)!.Subject;
        long personId = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().People.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync();
        return app.Services.GetRequiredService<MediaUrls>().For(recordingId, asset, personId);
    }
}
