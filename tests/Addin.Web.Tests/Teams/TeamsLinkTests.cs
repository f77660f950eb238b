using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Teams;

/// <summary>
/// A team shows the course its owner linked it to. Who owns the team comes from Microsoft Graph (on 127.0.0.1, with
/// paging and throttling), never from the Teams client: owners link and teach, members learn, others see nothing.
/// </summary>
public sealed partial class TeamsLinkTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Fact]
    public async Task Owner_LinksTheTeamToACourseTheyTeach_FoundAcrossGraphPagesAndAfterA429()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, [.. TeamsFixture.Classmates, TeamsFixture.Alex, TeamsFixture.Ana]);
        fixture.Graph.Throttle(team, 1);
        using var client = fixture.Client();

        var answer = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Algebra 1 — period 2");
        Assert.Equal("link", answer.GetProperty("status").GetString());
        using var page = await client.GetAsync(answer.GetProperty("url").GetString());
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Which course does <span data-testid=\"team-name\">Algebra 1 — period 2</span> show?", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var choices = ChoiceTitles(html);
        Assert.Contains("Algebra 1", choices);
        Assert.Contains("Algebra 1 (next year)", choices);
        Assert.DoesNotContain("Biology", choices);

        long algebra = await CourseIdAsync("alg-101");
        using var linked = await PostLinkAsync(client, html, ("course", algebra.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.SeeOther, linked.StatusCode);
        string location = linked.Headers.Location!.OriginalString;
        Assert.StartsWith($"/app/course/{algebra}?t=", location, StringComparison.Ordinal);
        using var course = await client.GetAsync(location);
        string coursePage = await course.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, course.StatusCode);
        Assert.Contains("Ana Rivera · <span class=\"role\">Instructor</span>", coursePage, StringComparison.Ordinal);

        var link = await QueryAsync(db => db.TeamCourseLinks.AsNoTracking().SingleAsync(l => l.TeamId == team));
        Assert.Equal((TeamsFixture.Tenant, algebra), (link.TenantId, link.CourseId));
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == TeamsAuditActions.Link && a.TargetId == team && a.Allowed)));

        // Graph was asked page by page (the owner is on the third), and the 429 was waited out as Retry-After said.
        var asked = fixture.Graph.MemberRequests(team);
        Assert.True(asked.Count >= 4, $"expected the throttled request, its retry and two more pages; saw {asked.Count}");
        Assert.True(asked[1].At - asked[0].At >= TimeSpan.FromSeconds(0.9), $"the retry came {(asked[1].At - asked[0].At).TotalMilliseconds:0} ms after the 429");
        Assert.Contains(asked, r => r.Url.Query.Contains("skiptoken", StringComparison.Ordinal));
        Assert.All(asked, r => Assert.Equal($"Bearer {FakeEntra.GraphToken(TeamsFixture.Tenant)}", r.Authorization));
    }

    [Fact]
    public async Task Member_CannotLinkTheTeam_AndNothingIsLinked()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana, TeamsFixture.Alex);
        using var client = fixture.Client();

        var answer = await fixture.SignInAsync(client, TeamsFixture.Alex, team, "Algebra study group");
        using var page = await client.GetAsync(answer.GetProperty("url").GetString());
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("data-state=\"NotOwner\"", html, StringComparison.Ordinal);
        Assert.Contains("Only an owner of Algebra study group", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"link-form\"", html, StringComparison.Ordinal);

        // Posting anyway changes nothing.
        string action = WebUtility.HtmlDecode(answer.GetProperty("url").GetString()!);
        using var posted = await client.PostAsync(action, new FormUrlEncodedContent([new("course", (await CourseIdAsync("alg-101")).ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.False(await QueryAsync(db => db.TeamCourseLinks.AnyAsync(l => l.TeamId == team)));
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == TeamsAuditActions.Link && a.TargetId == team && !a.Allowed)));
    }

    [Fact]
    public async Task Owner_CannotLinkACourseTheyDoNotTeach()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana);
        using var client = fixture.Client();
        var answer = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Biology fans");
        string html = await (await client.GetAsync(answer.GetProperty("url").GetString())).Content.ReadAsStringAsync();

        using var posted = await PostLinkAsync(client, html, ("course", (await CourseIdAsync("bio-201")).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("You do not teach that course", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.TeamCourseLinks.AnyAsync(l => l.TeamId == team)));
    }

    [Fact]
    public async Task LinkedTeam_MembersLandOnTheCourseAsLearners_SeeingItsReadyRecordingsOnly_OwnersAsInstructors()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana, TeamsFixture.Alex, TeamsFixture.Guest);
        using var client = fixture.Client();

        // The owner makes a course for the team.
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Physics circle");
        string linkPage = await (await client.GetAsync(ana.GetProperty("url").GetString())).Content.ReadAsStringAsync();
        using (var created = await PostLinkAsync(client, linkPage, ("course", "new"), ("title", "Physics circle 2026")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        }

        var course = await QueryAsync(db => db.TeamCourseLinks.AsNoTracking().Where(l => l.TeamId == team).Select(l => l.Course!).SingleAsync());
        Assert.Equal("Physics circle 2026", course.Title);

        // Its recordings: a class recording, a one-to-one session of someone else, and a file that is not a video.
        await InboxDrops.DropAsync(fixture.App, course.Key, "class-1", "Teams class: forces", [new SpokenLine("Ana Rivera", "Forces make things move.", "en-us+f2")]);
        await InboxDrops.DropAsync(fixture.App, course.Key, "tutoring-1", "Tutoring: Sam only",
            [new SpokenLine("Ana Rivera", "Let us look at your homework.", "en-us+f2")], participants: new[] { new { lmsUserId = "someone-else", displayName = "Sam Lee" } });
        await File.WriteAllTextAsync(Path.Combine(fixture.App.Inbox(course.Key), "broken.json"), "{\"title\":\"Broken upload\"}");
        await File.WriteAllTextAsync(Path.Combine(fixture.App.Inbox(course.Key), "broken.mp4"), "this is not a video");
        var patience = TimeSpan.FromMinutes(2); // three recordings through the pipeline on a busy two-core machine
        Assert.Equal(RecordingStatus.Ready, (await InboxDrops.WaitForAsync(fixture.App, "Teams class: forces", patience)).Status);
        Assert.Equal(RecordingStatus.Ready, (await InboxDrops.WaitForAsync(fixture.App, "Tutoring: Sam only", patience)).Status);
        Assert.Equal(RecordingStatus.Failed, (await InboxDrops.WaitForAsync(fixture.App, "Broken upload", patience)).Status);

        // A member opens the tab: the course, as a learner, class recording only.
        var alex = await fixture.SignInAsync(client, TeamsFixture.Alex, team, "Physics circle");
        Assert.Equal(("course", "Learner", "Physics circle 2026"),
            (alex.GetProperty("status").GetString(), alex.GetProperty("role").GetString(), alex.GetProperty("courseTitle").GetString()));
        string learnerPage = await (await client.GetAsync(alex.GetProperty("url").GetString())).Content.ReadAsStringAsync();
        Assert.Contains("Alex Kim · <span class=\"role\">Student</span>", learnerPage, StringComparison.Ordinal);
        Assert.Contains("Teams class: forces", learnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Tutoring: Sam only", learnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken upload", learnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-form", learnerPage, StringComparison.Ordinal);

        // A guest of the team learns too; the owner teaches and sees the failed import.
        var guest = await fixture.SignInAsync(client, TeamsFixture.Guest, team);
        Assert.Equal("Learner", guest.GetProperty("role").GetString());
        var owner = await fixture.SignInAsync(client, TeamsFixture.Ana, team);
        Assert.Equal("Instructor", owner.GetProperty("role").GetString());
        string ownerPage = await (await client.GetAsync(owner.GetProperty("url").GetString())).Content.ReadAsStringAsync();
        Assert.Contains("Broken upload", ownerPage, StringComparison.Ordinal);
        Assert.Contains("Tutoring: Sam only", ownerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneGraphDoesNotListAsAMember_OfALinkedTeam_IsRefused()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana);
        using var client = fixture.Client();
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Closed team");
        string html = await (await client.GetAsync(ana.GetProperty("url").GetString())).Content.ReadAsStringAsync();
        (await PostLinkAsync(client, html, ("course", "new"), ("title", "Closed team course"))).Dispose();

        using var response = await fixture.PostSessionAsync(client, fixture.TokenFor(TeamsFixture.Stranger), team, "Closed team");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TeamsChecks.NotTeamMember, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("check").GetString());
    }

    [Fact]
    public async Task GraphThrottlingLongerThanAddinWaits_TheLinkPageSaysTryAgain()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana);
        fixture.Graph.Throttle(team, 120);
        using var client = fixture.Client();
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Busy team");

        using var page = await client.GetAsync(ana.GetProperty("url").GetString());

        string html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("data-state=\"GraphUnavailable\"", html, StringComparison.Ordinal);
        Assert.Contains("Microsoft Graph is busy (429, retry after 120 s)", html, StringComparison.Ordinal);
        Assert.Single(fixture.Graph.MemberRequests(team));
    }

    [Fact]
    public async Task LinkPage_WithSomeoneElsesTeam_IsNotFound()
    {
        string team = NewTeam();
        fixture.Graph.SetTeam(team, TeamsFixture.Ana, TeamsFixture.Alex);
        using var client = fixture.Client();
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Ana's team");
        var alex = await fixture.SignInAsync(client, TeamsFixture.Alex, team, "Ana's team");
        string anaTeamToken = Regex.Match(ana.GetProperty("url").GetString()!, "[?&]team=([^&]+)").Groups[1].Value;
        string alexSession = Regex.Match(alex.GetProperty("url").GetString()!, "[?&]t=([^&]+)").Groups[1].Value;

        using var page = await client.GetAsync($"/teams/link?t={alexSession}&team={anaTeamToken}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private static string NewTeam() => Guid.NewGuid().ToString();

    private async Task<T> QueryAsync<T>(Func<AddinDbContext, Task<T>> query)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AddinDbContext>());
    }

    private Task<long> CourseIdAsync(string key) => QueryAsync(db => db.Courses.Where(c => c.Key == key).Select(c => c.Id).SingleAsync());

    private static List<string> ChoiceTitles(string html) =>
        [.. ChoiceTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Submits the link page's form as a browser would.</summary>
    private static Task<HttpResponseMessage> PostLinkAsync(HttpClient client, string html, params (string Name, string Value)[] fields)
    {
        var action = FormAction().Match(html);
        Assert.True(action.Success, "the page has no link form");
        return client.PostAsync(WebUtility.HtmlDecode(action.Groups[1].Value), new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));
    }

    [GeneratedRegex("data-testid=\"course-choice\">\\s*<input[^>]*>\\s*<span class=\"title\">([^<]*)</span>")]
    private static partial Regex ChoiceTitle();

    [GeneratedRegex("<form class=\"team-link\" method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
