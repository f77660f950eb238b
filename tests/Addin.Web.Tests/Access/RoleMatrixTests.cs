using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Access;

/// <summary>
/// Who sees what, for every role × recording × (page, media, transcript): students their own sessions, parents their
/// child's, instructors what they teach, reviewers their institution's, others nothing. Refusals are audited.
/// </summary>
public sealed partial class RoleMatrixTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    public static TheoryData<string, bool, bool> Matrix => new()
    {
        // persona, sees the class, sees Sam's tutoring
        { "instructor", true, true },
        { "student", true, true },
        { "student2", true, false },
        { "parent", true, true },
        { "reviewer", true, true },
        { "outsider", false, false },
    };

    [Fact]
    public void Fixture_RecordingsAreReady()
    {
        Assert.Equal(RecordingStatus.Ready, fixture.Class.Status);
        Assert.Equal(RecordingStatus.Ready, fixture.Tutoring.Status);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RecordingPage_ByRole_ShownOnlyToThoseWhoTookPart(string persona, bool seesClass, bool seesTutoring)
    {
        Assert.Equal(seesClass ? HttpStatusCode.OK : HttpStatusCode.NotFound, await PageStatusAsync(persona, fixture.Class));
        Assert.Equal(seesTutoring ? HttpStatusCode.OK : HttpStatusCode.NotFound, await PageStatusAsync(persona, fixture.Tutoring));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task TranscriptApi_ByRole_ShownOnlyToThoseWhoTookPart(string persona, bool seesClass, bool seesTutoring)
    {
        Assert.Equal(seesClass ? HttpStatusCode.OK : HttpStatusCode.NotFound, await TranscriptStatusAsync(persona, fixture.Class));
        Assert.Equal(seesTutoring ? HttpStatusCode.OK : HttpStatusCode.NotFound, await TranscriptStatusAsync(persona, fixture.Tutoring));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Media_ByRole_PlaysForThoseWhoTookPart_AndRefusesAGrantForOthers(string persona, bool seesClass, bool seesTutoring)
    {
        Assert.Equal(seesClass ? HttpStatusCode.PartialContent : HttpStatusCode.Forbidden, await MediaStatusAsync(persona, fixture.Class));
        Assert.Equal(seesTutoring ? HttpStatusCode.PartialContent : HttpStatusCode.Forbidden, await MediaStatusAsync(persona, fixture.Tutoring));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task CoursePage_ByRole_ListsOnlyVisibleRecordings(string persona, bool seesClass, bool seesTutoring)
    {
        using var response = await Client().GetAsync(fixture.Launches[persona].WithToken($"/app/course/{fixture.Class.CourseId}"));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(persona == "outsider" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(seesClass, html.Contains(RoleMatrixFixture.ClassTitle, StringComparison.Ordinal));
        Assert.Equal(seesTutoring, html.Contains(RoleMatrixFixture.TutoringTitle, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task HomePage_ByRole_CountsOnlyTheRecordingsTheCoursePageLists(string persona, bool seesClass, bool seesTutoring)
    {
        using var response = await Client().GetAsync(fixture.Launches[persona].WithToken("/app/"));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Regex.Match(html, $@"<li><a href=""/app/course/{fixture.Class.CourseId}[?""].*?</li>", RegexOptions.Singleline);
        int visible = (seesClass ? 1 : 0) + (seesTutoring ? 1 : 0);
        if (persona == "outsider")
        {
            Assert.False(item.Success, "an outsider's home page lists the course");
        }
        else
        {
            Assert.True(item.Success, $"the course is missing from the {persona}'s home page");
            Assert.Contains(visible == 1 ? "· 1 recording<" : $"· {visible} recordings<", item.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refusals_AreAudited_WithPersonAndTarget()
    {
        await PageStatusAsync("outsider", fixture.Tutoring);
        await TranscriptStatusAsync("student2", fixture.Tutoring);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        string target = fixture.Tutoring.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await db.AuditEntries.AsNoTracking().Where(a => !a.Allowed && a.TargetId == target).ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.Subject == "demo-student-bo" || p.Subject == "demo-student-alex").ToDictionaryAsync(p => p.Subject, p => p.Id);

        Assert.Contains(refused, a => a.Action == "recording.view" && a.PersonId == people["demo-student-bo"] && a.RemoteAddress is not null);
        Assert.Contains(refused, a => a.Action == "transcript.read" && a.PersonId == people["demo-student-alex"]);
    }

    [Fact]
    public async Task Media_WithForgedToken_IsRefusedAndAudited()
    {
        using var response = await Client().GetAsync("/media/CfDJ8forged-token-that-was-never-issued");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "media.stream" && !a.Allowed && a.PersonId == null));
    }

    [Fact]
    public async Task Pages_WithoutSession_AreRefused()
    {
        using var response = await Client().GetAsync($"/app/recording/{fixture.Class.Id}");
        using var forged = await Client().GetAsync($"/app/recording/{fixture.Class.Id}?t=not-a-session");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    private HttpClient Client() => new() { BaseAddress = fixture.App.BaseUrl };

    private async Task<HttpStatusCode> PageStatusAsync(string persona, Recording recording)
    {
        using var client = Client();
        using var response = await client.GetAsync(fixture.Launches[persona].WithToken($"/app/recording/{recording.Id}"));
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> TranscriptStatusAsync(string persona, Recording recording)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{recording.Id}/transcript");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>
    /// Fetches the media with the URL the recording page gives the person; a person the page refuses gets no URL, so
    /// the test signs one for them directly, as if they had kept a link from when they had access.
    /// </summary>
    private async Task<HttpStatusCode> MediaStatusAsync(string persona, Recording recording)
    {
        using var client = Client();
        string html = await client.GetStringAsync(fixture.Launches["instructor"].WithToken($"/app/recording/{recording.Id}"));
        Assert.Matches(MediaUrl(), html);
        long personId = await PersonIdAsync(persona);
        string url = fixture.App.Services.GetRequiredService<MediaUrls>().For(recording.Id, MediaAsset.Original, personId);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(0, 99);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<long> PersonIdAsync(string persona)
    {
        string subject = Addin.Web.Demo.DemoLms.Persona(persona)!.Subject;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return await db.People.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync();
    }

    [GeneratedRegex("src=\"/media/[^\"]+\"")]
    private static partial Regex MediaUrl();
}
