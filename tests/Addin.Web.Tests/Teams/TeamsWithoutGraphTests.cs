using System.Net;
using Addin.Core.Persistence;
using Addin.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Teams;

/// <summary>Without Graph credentials nobody can link a team (the page says why), and linked teams give the Learner role only.</summary>
public sealed class TeamsWithoutGraphTests(TeamsWithoutGraphFixture fixture) : IClassFixture<TeamsWithoutGraphFixture>
{
    [Fact]
    public async Task Owner_CannotLink_AndThePageSaysWhatTheAdministratorMustDo()
    {
        using var client = fixture.Client();
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, Guid.NewGuid().ToString(), "Algebra 1 — period 3");

        using var page = await client.GetAsync(ana.GetProperty("url").GetString());
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("data-state=\"GraphNotConfigured\"", html, StringComparison.Ordinal);
        Assert.Contains("Nobody can link a team to a course yet", html, StringComparison.Ordinal);
        Assert.Contains("Addin:Teams:ClientSecret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("link-form", html, StringComparison.Ordinal);
        Assert.Empty(fixture.Graph.Requests);
    }

    [Fact]
    public async Task LinkedTeam_GivesEveryoneTheLearnerRole_EvenItsOwner()
    {
        string team = Guid.NewGuid().ToString();
        long algebra;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            algebra = await db.Courses.Where(c => c.Key == "alg-101").Select(c => c.Id).SingleAsync();
            long linker = await db.People.Select(p => p.Id).FirstAsync();
            db.TeamCourseLinks.Add(new TeamCourseLink { TenantId = TeamsFixture.Tenant, TeamId = team, CourseId = algebra, LinkedById = linker, LinkedAt = TimeProvider.System.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        using var client = fixture.Client();
        var ana = await fixture.SignInAsync(client, TeamsFixture.Ana, team, "Algebra 1");

        Assert.Equal(("course", "Learner"), (ana.GetProperty("status").GetString(), ana.GetProperty("role").GetString()));
        string html = await (await client.GetAsync(ana.GetProperty("url").GetString())).Content.ReadAsStringAsync();
        Assert.Contains("Ana Rivera · <span class=\"role\">Student</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("upload-form", html, StringComparison.Ordinal);
        Assert.Empty(fixture.Graph.Requests);
    }
}
