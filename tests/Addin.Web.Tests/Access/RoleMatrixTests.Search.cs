using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Addin.Core.Persistence;
using Addin.Web.Apis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Access;

/// <summary>Transcript search by role: the API and the course page find only what each person may see.</summary>
public sealed partial class RoleMatrixTests
{
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task SearchApi_ByRole_FindsOnlyMomentsTheyMaySee(string persona, bool seesClass, bool seesTutoring)
    {
        // "homework" is said only in Sam's tutoring, "welcome" only in the class.
        var homework = await SearchAsync(persona, "homework");
        var welcome = await SearchAsync(persona, "welcome");

        Assert.Equal(seesTutoring ? 1 : 0, homework.TotalMoments);
        Assert.Equal(seesTutoring ? [RoleMatrixFixture.TutoringTitle] : [], homework.Hits.Select(h => h.Title));
        Assert.Equal(seesClass ? 1 : 0, welcome.TotalMoments);
        Assert.Equal(seesClass ? [RoleMatrixFixture.ClassTitle] : [], welcome.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task SearchApi_Hit_LinksToTheRecordingAtItsSecond_WithAMarkedSnippet()
    {
        var results = await SearchAsync("student", "homework");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(fixture.Tutoring.Id, hit.RecordingId);
        Assert.Contains("<mark>homework</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.EndsWith(FormattableString.Invariant($"#t={hit.Start:0.###}"), hit.Url, StringComparison.Ordinal);
        using var page = await Client().GetAsync(hit.Url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task SearchApi_ScopedToARecordingTheyCannotSee_FindsNothing()
    {
        var results = await SearchAsync("student2", "homework", $"&recording={fixture.Tutoring.Id}");

        Assert.Equal((0, 0), (results.TotalMoments, results.TotalRecordings));
    }

    [Fact]
    public async Task SearchApi_EngineSyntax_IsMadeSafeAndSaysWhatWasSearched()
    {
        var results = await SearchAsync("student", "homework* OR -(welcome");

        Assert.Equal("homework welcome", results.Query);
        Assert.NotEmpty(results.Adjustments);
        Assert.Equal(0, results.TotalMoments);
        Assert.Equal(1, (await SearchAsync("student", "\"homework")).TotalMoments);
    }

    [Fact]
    public async Task SearchApi_WithoutSession_IsRefused()
    {
        using var response = await Client().GetAsync("/api/search?q=homework");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task CourseSearch_ByRole_ListsOnlyMomentsTheyMaySee(string persona, bool seesClass, bool seesTutoring)
    {
        var (homeworkStatus, homework) = await CourseSearchAsync(persona, "homework");
        var (_, welcome) = await CourseSearchAsync(persona, "welcome");

        if (persona == "outsider")
        {
            Assert.Equal(HttpStatusCode.NotFound, homeworkStatus);
            return;
        }

        Assert.Equal(seesTutoring, homework.Contains($"href=\"/app/recording/{fixture.Tutoring.Id}?", StringComparison.Ordinal));
        Assert.Equal(seesTutoring, homework.Contains("<mark>homework</mark>", StringComparison.Ordinal));
        Assert.Contains(seesTutoring ? "1 moment in 1 recording" : "Nothing found", homework, StringComparison.Ordinal);
        Assert.Equal(seesClass, welcome.Contains("<mark>Welcome</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_IsAudited()
    {
        await SearchAsync("student2", "homework");

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long alex = await PersonIdAsync("student2");
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "transcript.search" && a.PersonId == alex));
    }

    private async Task<(HttpStatusCode Status, string Html)> CourseSearchAsync(string persona, string query)
    {
        using var response = await Client().GetAsync(fixture.Launches[persona].WithToken($"/app/course/{fixture.Class.CourseId}?q={Uri.EscapeDataString(query)}"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<SearchResultsDto> SearchAsync(string persona, string query, string scope = "")
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q={Uri.EscapeDataString(query)}{scope}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SearchResultsDto>())!;
    }
}
