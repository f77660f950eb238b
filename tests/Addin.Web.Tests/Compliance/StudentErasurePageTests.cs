using System.Net;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Testing;
using Addin.Web.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Compliance;

/// <summary>
/// A student's erasure through the browser: the institution's reviewer finds the student, confirms by typing the LMS id
/// and gets the command line's report; instructors, students, parents and outsiders get 404 and erase nothing. Every
/// attempt is audited with the address and browser it came from.
/// </summary>
public sealed class StudentErasurePageTests : IAsyncLifetime
{
    private const string LmsId = "erase-me-jo";
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AddinErasureTest/1.0";
    private static readonly string[] Personas = ["instructor", "reviewer", "student", "parent", "outsider"];
    private readonly Dictionary<string, Launch> launches = [];
    private AddinApp app = null!;

    public async Task InitializeAsync()
    {
        app = await AddinApp.StartAsync();
        using var browser = app.CreateBrowser();
        foreach (string persona in Personas)
        {
            launches[persona] = await browser.LaunchAsync(persona);
        }

        // Jo, a past student of Algebra 1 known from the activity import: an enrollment and an attendance row.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var course = await db.Courses.SingleAsync(c => c.Key == "alg-101");
        var jo = new Person { PlatformId = course.PlatformId, Subject = LmsId, Name = "Jo Erasable", Email = "jo@demo-school.test" };
        db.People.Add(jo);
        await db.SaveChangesAsync();
        db.Enrollments.Add(new Enrollment { CourseId = course.Id, PersonId = jo.Id, Roles = CourseRoles.Learner });
        db.StudentActivities.Add(new StudentActivity { CourseId = course.Id, PersonId = jo.Id, Date = new DateOnly(2026, 9, 14), Kind = ActivityKind.Attendance, Value = 1 });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Erase_ByInstructorStudentParentOrOutsider_Is404_ErasesNothing_AndIsAuditedAsRefused()
    {
        using var client = Client();
        foreach (string persona in Personas.Where(p => p != "reviewer"))
        {
            using var page = await client.GetAsync(launches[persona].WithToken($"/app/admin/erase?lmsId={LmsId}"));
            using var post = await PostAsync(client, persona, (StudentErasureEndpoints.LmsIdField, LmsId), (StudentErasureEndpoints.ConfirmField, LmsId));

            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, post.StatusCode));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.True(await db.People.AnyAsync(p => p.Subject == LmsId));
        var audited = await db.AuditEntries.Where(a => a.Action == AuditActions.EraseStudent).ToListAsync();
        Assert.Equal(8, audited.Count);
        Assert.All(audited, a => Assert.Equal((false, LmsId, AuditChannel.Web, Browser), (a.Allowed, a.TargetId, a.Channel, a.UserAgent)));
    }

    [Fact]
    public async Task Erase_ByTheReviewer_AsksToTypeTheLmsId_ThenErases_ShowingTheCommandLinesReport_AuditedWithTheirAddressAndBrowser()
    {
        using var client = Client();

        string found = await client.GetStringAsync(launches["reviewer"].WithToken($"/app/admin/erase?lmsId={LmsId}"));
        string unknown = await client.GetStringAsync(launches["reviewer"].WithToken("/app/admin/erase?lmsId=nobody-here"));
        string themselves = await client.GetStringAsync(launches["reviewer"].WithToken("/app/admin/erase?lmsId=demo-reviewer-pat"));
        using var mistyped = await PostAsync(client, "reviewer", (StudentErasureEndpoints.LmsIdField, LmsId), (StudentErasureEndpoints.ConfirmField, "erase-me"));
        string mistypedPage = await mistyped.Content.ReadAsStringAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AddinDbContext>().People.AnyAsync(p => p.Subject == LmsId));
        }

        using var erased = await PostAsync(client, "reviewer", (StudentErasureEndpoints.LmsIdField, LmsId), (StudentErasureEndpoints.ConfirmField, LmsId));
        string report = WebUtility.HtmlDecode(await erased.Content.ReadAsStringAsync());

        Assert.Contains("This erases <strong>Jo Erasable</strong> (erase-me-jo) for good.", found, StringComparison.Ordinal);
        Assert.Contains("No one with LMS id &#x27;nobody-here&#x27; in &#x27;demo-school&#x27;", unknown, StringComparison.Ordinal);
        Assert.Contains("You cannot erase your own data from this page", themselves, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"erasure-confirm\"", themselves, StringComparison.Ordinal);
        Assert.Contains("Nothing was erased: type the LMS id &#x27;erase-me-jo&#x27; exactly to confirm.", mistypedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        // The lines ./addin student erase prints, in its order.
        Assert.Contains("  activity rows: 1\n  enrollments: 1\n  people: 1\n", report, StringComparison.Ordinal);
        Assert.Contains("  media objects deleted: 0", report, StringComparison.Ordinal);
        await using var after = app.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.False(await db.People.AnyAsync(p => p.Subject == LmsId));
        Assert.Equal(0, await db.StudentActivities.CountAsync(a => a.Person!.Subject == LmsId));
        long reviewer = await db.People.Where(p => p.Subject == "demo-reviewer-pat").Select(p => p.Id).SingleAsync();
        var audited = await db.AuditEntries.Where(a => a.Action == AuditActions.EraseStudent).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([false, true], audited.Select(a => a.Allowed));
        var done = audited[^1];
        Assert.Equal((reviewer, AuditChannel.Web, "127.0.0.1", Browser), (done.PersonId!.Value, done.Channel, done.RemoteAddress, done.UserAgent));
        Assert.StartsWith("by Pat Morgan (demo-reviewer-pat, web): activity rows 1, enrollments 1, people 1", done.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Erasable", done.Detail, StringComparison.Ordinal);
    }

    private HttpClient Client()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        return client;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string persona, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(launches[persona].WithToken("/app/admin/erase"), form);
    }
}
