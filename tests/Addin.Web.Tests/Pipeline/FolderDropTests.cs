using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Addin.Core.Pipeline;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Recordings dropped into a course's watched folder: imported with their transcript and metadata, seen only by the
/// session's participants, and never imported twice when the same content arrives again.
/// </summary>
public sealed class FolderDropTests(PipelineAppFixture apps) : IClassFixture<PipelineAppFixture>
{
    [Fact]
    public async Task DropWithUnreadableMetadata_IsRefusedNamingTheLine_AndNobodyButStaffSeesIt()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "private-tutoring.mp4");

        app.Drop(media, "private-tutoring.mp4", (".json", "{\n  \"title\": \"Private\"\n  \"participants\": []\n}"));
        long id = await app.WaitForImportAsync("private-tutoring.mp4");
        var status = await app.WaitUntilDoneAsync(id);

        Assert.Equal(("Failed", "Ingest"), (status.Status, status.Stage));
        Assert.Contains("private-tutoring.json line 3", status.Error, StringComparison.Ordinal);
        Assert.Contains("who may see the session is unknown", status.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(app.Outcome(".rejected", "private-tutoring.mp4")));
        Assert.Contains("line 3", await File.ReadAllTextAsync(app.Outcome(".rejected", "private-tutoring.reason.txt")), StringComparison.Ordinal);
        var (response, _) = await app.GetPageAsync(id, "student");
        using (response)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task DropWithTranscriptAndParticipants_IsImported_AndOnlyThoseParticipantsSeeIt()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "tutoring-sam.mp4");
        string sidecar = JsonSerializer.Serialize(new
        {
            title = "Tutoring: Sam, factoring",
            startedAt = "2026-03-14T09:00:00Z",
            participants = new[] { new { lmsUserId = "demo-student-sam", email = "sam.lee@demo-school.test", displayName = "Sam Lee" } },
        });

        string dropped = app.Drop(media, "tutoring-sam.mp4", (".vtt", app.Clips.Vtt), (".json", sidecar));
        long id = await app.WaitForImportAsync("tutoring-sam.mp4");
        var status = await app.WaitUntilDoneAsync(id);

        Assert.Equal(("Ready", (string?)null), (status.Status, status.Error));
        Assert.All(["tutoring-sam.mp4", "tutoring-sam.vtt", "tutoring-sam.json"], f => Assert.True(File.Exists(app.Outcome(".imported", f)), $"{f} is not in .imported/"));
        Assert.False(File.Exists(dropped));
        var session = await app.QueryAsync(db => db.Recordings.Where(r => r.Id == id)
            .Select(r => new { r.Title, r.Session!.StartsAt, Participants = r.Session.Participants.Select(p => db.People.Single(x => x.Id == p.PersonId).Subject).ToList() })
            .SingleAsync());
        Assert.Equal("Tutoring: Sam, factoring", session.Title);
        Assert.Equal(DateTimeOffset.Parse("2026-03-14T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), session.StartsAt);
        Assert.Equal(["demo-student-sam"], session.Participants);

        foreach (string persona in (string[])["student", "parent"])
        {
            var (response, page) = await app.GetPageAsync(id, persona);
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Equal(TestClips.Lines.Select(l => ((string?)l.Speaker, l.Text)), page.Transcript);
            await PlayerAssert.ServesMediaAsync(app.Http, page.MediaUrl!, await app.PlayerBytesAsync(id), "video/mp4");
            Assert.Contains($"data-recording-id=\"{id}\"", await CoursePageAsync(app, persona), StringComparison.Ordinal);
        }

        var (refused, _) = await app.GetPageAsync(id, "student2");
        using (refused)
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusCodeAsync(app, id, "student2"));
        Assert.DoesNotContain($"data-recording-id=\"{id}\"", await CoursePageAsync(app, "student2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameBytesUploadedTwiceThenDroppedInTheFolder_AreDuplicatesNamingTheFirst_AndNothingIsKeptTwice()
    {
        var app = await apps.GetAsync();
        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "week-3.mp4");
        var first = await app.UploadAsync(new UploadForm { MediaPath = media, Title = "Week 3" });
        Assert.Equal("Ready", (await app.WaitUntilDoneAsync(first.RecordingId)).Status);

        var second = await app.UploadAsync(new UploadForm { MediaPath = media, Title = "Week 3, again" });
        var secondStatus = await app.WaitUntilDoneAsync(second.RecordingId);
        app.Drop(media, "week-3-copy.mp4");
        long third = await app.WaitForImportAsync("week-3-copy.mp4");
        var thirdStatus = await app.WaitUntilDoneAsync(third);

        foreach (var (id, status, fileName) in (ValueTuple<long, RecordingStatusView, string>[])[(second.RecordingId, secondStatus, "week-3.mp4"), (third, thirdStatus, "week-3-copy.mp4")])
        {
            Assert.Equal(("Duplicate", "Store"), (status.Status, status.Stage));
            Assert.Contains($"'{fileName}' has the same content as 'Week 3' (recording {first.RecordingId},", status.Error, StringComparison.Ordinal);
            var page = await app.PageAsync(id);
            Assert.Equal(status.Error, page.Error);
            Assert.Contains(status.Error, page.Events);
            Assert.Null(page.MediaUrl);

            var recording = await app.RecordingAsync(id);
            Assert.Equal((first.RecordingId, (string?)null), (recording.DuplicateOfId, recording.MediaKey));
            Assert.Null(await StoredMediaAsync(app, recording, MediaKeys.Original(id, ".mp4")));

            string reason = app.Outcome(".duplicates", Path.GetFileNameWithoutExtension(fileName) + ".reason.txt");
            await WaitFor.UntilAsync(() => File.Exists(reason), $"{reason} to be written");
            Assert.True(File.Exists(app.Outcome(".duplicates", fileName)));
            Assert.Equal(status.Error, (await File.ReadAllTextAsync(reason)).Trim());
        }

        var original = await app.RecordingAsync(first.RecordingId);
        var copies = await app.QueryAsync(db => db.Recordings.Where(r => r.CourseId == original.CourseId && r.Sha256 == original.Sha256)
            .OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RecordingStatus.Ready, RecordingStatus.Duplicate, RecordingStatus.Duplicate], copies);
        Assert.NotNull(await StoredMediaAsync(app, original, original.MediaKey!));
        var originalPage = await app.PageAsync(first.RecordingId);
        await PlayerAssert.ServesMediaAsync(app.Http, originalPage.MediaUrl!, await app.PlayerBytesAsync(first.RecordingId), "video/mp4");
    }

    private static async Task<Addin.Sdk.Storage.StoredObject?> StoredMediaAsync(PipelineApp app, Recording recording, string key)
    {
        long platformId = await app.QueryAsync(db => db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.PlatformId).SingleAsync());
        var store = await app.App.Services.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(platformId, CancellationToken.None);
        return await store.Provider.GetInfoAsync(key, CancellationToken.None);
    }

    private static async Task<string> CoursePageAsync(PipelineApp app, string persona)
    {
        var launch = await app.LaunchAsync(persona);
        using var response = await app.Http.GetAsync(launch.WithToken($"/app/course/{await app.CourseIdAsync()}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpStatusCode> StatusCodeAsync(PipelineApp app, long id, string persona)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{id}/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await app.LaunchAsync(persona)).Token);
        using var response = await app.Http.SendAsync(request);
        return response.StatusCode;
    }
}
