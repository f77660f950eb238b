using System.Net;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Media.Speech;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Rosters;

/// <summary>
/// The whole loop with the demo LMS, over HTTP: a launch into a course leads to a roster sync (token with the tool's
/// signed assertion, the memberships page by page), which brings in a student who never launched and takes the course
/// away from someone the LMS no longer lists.
/// </summary>
public sealed class DemoRosterSyncTests
{
    private const string ClassTitle = "Roster: class";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Launch_SyncsTheRoster_NewcomerSeesTheClass_AndSomeoneNoLongerListedLosesIt(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        await InboxDrops.DropAsync(app, "alg-101", "roster-class", ClassTitle, [new SpokenLine("Ana Rivera", "Welcome back, everyone.")]);
        var recording = await InboxDrops.WaitForAsync(app, ClassTitle);
        using var browser = app.CreateBrowser();

        // Bo was in Algebra when Addin last heard; the LMS lists him in Biology only now.
        var bo = await browser.LaunchAsync("outsider");
        await ChangeAsync(app, async db =>
        {
            long boId = await db.People.Where(p => p.Subject == "demo-student-bo").Select(p => p.Id).SingleAsync();
            db.Enrollments.Add(new Enrollment { CourseId = recording.CourseId, PersonId = boId, Roles = CourseRoles.Learner });
        });
        var boBefore = await StatusAsync(browser, bo.WithToken($"/app/recording/{recording.Id}"));

        var teacher = await browser.LaunchAsync("instructor");
        await WaitFor.ValueAsync(
            _ => ReadAsync(app, db => db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.RosterSyncedAt).SingleAsync()),
            at => at is not null,
            "Algebra's roster sync after the instructor's launch");

        var riley = await ReadAsync(app, db => db.Enrollments.Where(e => e.CourseId == recording.CourseId && e.Person!.Subject == "demo-student-riley")
            .Select(e => new { e.Roles, e.Person!.Name, e.Person.LastLaunchAt }).SingleAsync());
        var boRoles = await ReadAsync(app, db => db.Enrollments.Where(e => e.CourseId == recording.CourseId && e.Person!.Subject == "demo-student-bo").Select(e => e.Roles).SingleAsync());
        Assert.Equal((CourseRoles.Learner, "Riley Park", (DateTimeOffset?)null), (riley.Roles, riley.Name, riley.LastLaunchAt));
        Assert.Equal(HttpStatusCode.OK, boBefore);
        Assert.Equal(CourseRoles.None, boRoles);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, bo.WithToken($"/app/recording/{recording.Id}")));

        var rileyLaunch = await browser.LaunchAsync("student3");
        string rileyPage = await PageAsync(browser, rileyLaunch.Location);
        string teacherPage = await PageAsync(browser, teacher.Location);

        Assert.Contains(ClassTitle, rileyPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(browser, rileyLaunch.WithToken($"/app/recording/{recording.Id}")));
        Assert.DoesNotContain("Roster synced from the LMS", rileyPage, StringComparison.Ordinal);
        Assert.Contains("Roster synced from the LMS", teacherPage, StringComparison.Ordinal);
        Assert.Contains("· 5 people", teacherPage, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(DemoBrowser browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return response.StatusCode;
    }

    private static async Task<string> PageAsync(DemoBrowser browser, string url)
    {
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task ChangeAsync(AddinApp app, Func<AddinDbContext, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    private static async Task<T> ReadAsync<T>(AddinApp app, Func<AddinDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AddinDbContext>());
    }
}
