using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Apis;
using Addin.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Retention;

/// <summary>
/// Hide, show, keep, legal hold and delete through HTTP, on the demo school of <see cref="RoleMatrixFixture"/> (its own
/// instance: these tests change the recordings). Every refusal is the same 404 as an unseen recording, and audited.
/// </summary>
public sealed class RecordingControlPagesTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    private static readonly string[] StudentsAndParents = ["student", "student2", "parent"];

    [Fact]
    public async Task Controls_ByThoseWhoDoNotManageTheRecording_Are404_AuditedAndChangeNothing()
    {
        foreach (string persona in new[] { "student", "student2", "parent", "outsider" })
        {
            foreach (string control in new[] { "hide", "keep", "hold", "delete" })
            {
                using var response = await PostAsync(persona, fixture.Class, control, await VersionAsync(fixture.Class), ("reason", "x"), ("confirm", "yes"));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        using var instructorHold = await PostAsync("instructor", fixture.Class, "hold", await VersionAsync(fixture.Class), ("reason", "x"));
        Assert.Equal(HttpStatusCode.NotFound, instructorHold.StatusCode);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var recording = await db.Recordings.AsNoTracking().SingleAsync(r => r.Id == fixture.Class.Id);
        Assert.Equal((false, false, null, RecordingStatus.Ready), (recording.HiddenFromStudents, recording.Keep, recording.LegalHold, recording.Status));
        string target = fixture.Class.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "recording.delete" && !a.Allowed && a.TargetId == target));
        Assert.Equal(5, await db.AuditEntries.CountAsync(a => a.Action == "recording.legal-hold" && !a.Allowed && a.TargetId == target));
    }

    [Fact]
    public async Task Hide_ByTheInstructor_RemovesItForStudentsAndParentsEverywhere_AndBadgesItForTheInstructor()
    {
        using var hidden = await PostAsync("instructor", fixture.Class, "hide", await VersionAsync(fixture.Class));
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Contains("notice=Hidden%20from%20students", hidden.Headers.Location!.ToString(), StringComparison.Ordinal);
        try
        {
            foreach (string persona in StudentsAndParents)
            {
                Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(persona, $"/app/recording/{fixture.Class.Id}"));
                Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(persona, $"/api/recordings/{fixture.Class.Id}/status", bearer: true));
                Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(persona, $"/api/recordings/{fixture.Class.Id}/transcript", bearer: true));
                Assert.Equal(0, (await SearchAsync(persona, "welcome")).TotalMoments);
                Assert.DoesNotContain(RoleMatrixFixture.ClassTitle, await HtmlAsync(persona, $"/app/course/{fixture.Class.CourseId}"), StringComparison.Ordinal);
            }

            Assert.Equal(1, (await SearchAsync("instructor", "welcome")).TotalMoments);
            Assert.Contains("data-testid=\"hidden-badge\"", await HtmlAsync("instructor", $"/app/recording/{fixture.Class.Id}"), StringComparison.Ordinal);
            string course = await HtmlAsync("instructor", $"/app/course/{fixture.Class.CourseId}");
            Assert.Contains("Hidden from students", course, StringComparison.Ordinal);
            Assert.Contains(RoleMatrixFixture.ClassTitle, course, StringComparison.Ordinal);
        }
        finally
        {
            using var shown = await PostAsync("instructor", fixture.Class, "show", await VersionAsync(fixture.Class));
            Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        }

        foreach (string persona in StudentsAndParents)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(persona, $"/app/recording/{fixture.Class.Id}"));
        }
    }

    [Fact]
    public async Task StaleForm_ChangesNothing_AndSaysSo()
    {
        int version = await VersionAsync(fixture.Class);
        using var keep = await PostAsync("reviewer", fixture.Class, "keep", version);
        using var stale = await PostAsync("instructor", fixture.Class, "hide", version);
        using var unkeep = await PostAsync("reviewer", fixture.Class, "unkeep", version + 1);

        Assert.Contains("changed%20since%20you%20opened", stale.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("student", $"/app/recording/{fixture.Class.Id}"));
        Assert.Contains("retention%20policy%20applies", unkeep.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_AsksToConfirm_IsBlockedByLegalHold_ThenRemovesTheFiles_AndLeavesATombstone()
    {
        var tutoring = fixture.Tutoring;
        var files = Directory.GetFiles(fixture.App.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains(Path.Combine("recordings", tutoring.Id.ToString(CultureInfo.InvariantCulture)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        using var unconfirmed = await PostAsync("instructor", tutoring, "delete", await VersionAsync(tutoring));
        using var hold = await PostAsync("reviewer", tutoring, "hold", await VersionAsync(tutoring), ("reason", "parent complaint 31"));
        using var held = await PostAsync("instructor", tutoring, "delete", await VersionAsync(tutoring), ("confirm", "yes"));
        using var release = await PostAsync("reviewer", tutoring, "release", await VersionAsync(tutoring));
        using var deleted = await PostAsync("instructor", tutoring, "delete", await VersionAsync(tutoring), ("confirm", "yes"));

        Assert.Contains("Tick%20the%20box", unconfirmed.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("legal hold (parent complaint 31)", Uri.UnescapeDataString(held.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Contains("Deleted%20%22", deleted.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.All(files, f => Assert.False(File.Exists(f), f));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync("student", $"/app/recording/{tutoring.Id}"));
        Assert.Equal(0, (await SearchAsync("instructor", "homework")).TotalMoments);
        Assert.Contains("data-testid=\"deleted\"", await HtmlAsync("instructor", $"/app/recording/{tutoring.Id}"), StringComparison.Ordinal);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        string target = tutoring.Id.ToString(CultureInfo.InvariantCulture);
        var trail = await db.AuditEntries.Where(a => a.TargetId == target && (a.Action == "recording.delete" || a.Action.StartsWith("recording.legal-hold")))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Allowed }).ToListAsync();
        Assert.Equal(
            [("recording.delete", false), ("recording.legal-hold", true), ("recording.delete", false), ("recording.legal-hold-release", true), ("recording.delete", true)],
            trail.Select(a => (a.Action, a.Allowed)));
    }

    [Theory]
    [InlineData("reviewer", HttpStatusCode.OK)]
    [InlineData("instructor", HttpStatusCode.NotFound)]
    [InlineData("student", HttpStatusCode.NotFound)]
    [InlineData("parent", HttpStatusCode.NotFound)]
    [InlineData("outsider", HttpStatusCode.NotFound)]
    public async Task RetentionPage_IsForReviewersOnly(string persona, HttpStatusCode expected) =>
        Assert.Equal(expected, await StatusAsync(persona, "/app/admin/retention"));

    private async Task<int> VersionAsync(Recording recording)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return await db.Recordings.Where(r => r.Id == recording.Id).Select(r => r.ControlVersion).SingleAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string persona, Recording recording, string control, int version, params (string Name, string Value)[] fields)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["version"] = version.ToString(CultureInfo.InvariantCulture);
        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(fixture.Launches[persona].WithToken($"/app/recording/{recording.Id}/control/{control}"), form);
    }

    private async Task<HttpStatusCode> StatusAsync(string persona, string path, bool bearer = false)
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, bearer ? path : fixture.Launches[persona].WithToken(path));
        if (bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<string> HtmlAsync(string persona, string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        return await client.GetStringAsync(fixture.Launches[persona].WithToken(path));
    }

    private async Task<SearchResultsDto> SearchAsync(string persona, string query)
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q={Uri.EscapeDataString(query)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        using var response = await client.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<SearchResultsDto>())!;
    }
}
