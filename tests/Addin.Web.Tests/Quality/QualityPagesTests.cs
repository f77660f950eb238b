using System.Net;
using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Core.Sessions;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Quality;

/// <summary>
/// The review queue and the coverage page through HTTP: the role matrix (only the institution's reviewers see the queue;
/// the course's instructors and the reviewers see coverage; students, parents and other courses get 404), decisions
/// with notes, sampling, filters that cannot be read, and the audit of each.
/// </summary>
public sealed class QualityPagesTests : IAsyncLifetime
{
    private static readonly string[] Personas = ["instructor", "student", "parent", "reviewer", "outsider"];
    private AddinApp app = null!;
    private readonly Dictionary<string, Launch> launches = [];
    private long courseId;
    private long flagId;

    public async Task InitializeAsync()
    {
        app = await AddinApp.StartAsync();
        using var browser = app.CreateBrowser();
        foreach (string persona in Personas)
        {
            launches[persona] = await browser.LaunchAsync(persona);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        courseId = await db.Courses.Where(c => c.Key == "alg-101").Select(c => c.Id).SingleAsync();
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var flagged = new Session { CourseId = courseId, Title = "Week 9: factoring", StartsAt = at, EndsAt = at.AddHours(1), CreatedAt = at };
        var quiet = new Session { CourseId = courseId, Title = "Week 10: graphs", StartsAt = at.AddDays(7), EndsAt = at.AddDays(7).AddHours(1), CreatedAt = at };
        db.Sessions.AddRange(flagged, quiet);
        await db.SaveChangesAsync();
        var flag = new QualityFlag { SessionId = flagged.Id, Kind = QualityFlagKind.NoRecording, Evidence = "Scheduled 2026-12-01 09:00–10:00 UTC; 3 h after its end no recording has arrived.", DetectedAt = at.AddHours(3) };
        db.QualityFlags.Add(flag);
        db.QualityChecks.AddRange(new QualityCheck { SessionId = flagged.Id, CheckedAt = at.AddHours(3) }, new QualityCheck { SessionId = quiet.Id, CheckedAt = at.AddDays(8) });
        await db.SaveChangesAsync();
        flagId = flag.Id;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ReviewQueue_OnlyTheInstitutionsReviewers_SeeIt()
    {
        foreach (string persona in Personas)
        {
            using var response = await Client().GetAsync(launches[persona].WithToken("/app/admin/quality"));
            Assert.Equal(persona == "reviewer" ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
            string page = await response.Content.ReadAsStringAsync();
            Assert.Equal(persona == "reviewer", page.Contains("3 h after its end no recording has arrived", StringComparison.Ordinal));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.Action == "quality.view" && !a.Allowed));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "quality.view" && a.Allowed));
    }

    [Fact]
    public async Task Coverage_TheCoursesInstructorsAndReviewers_SeeIt_StudentsParentsAndOutsidersDoNot()
    {
        foreach (string persona in Personas)
        {
            using var response = await Client().GetAsync(launches[persona].WithToken($"/app/course/{courseId}/coverage"));
            Assert.Equal(persona is "instructor" or "reviewer" ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }

        string page = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}/coverage"));
        Assert.Contains("This course has no curriculum plan yet.", page, StringComparison.Ordinal);
        string course = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}"));
        Assert.Contains("data-testid=\"coverage-link\"", course, StringComparison.Ordinal);
        string studentCourse = await Client().GetStringAsync(launches["student"].WithToken($"/app/course/{courseId}"));
        Assert.DoesNotContain("coverage-link", studentCourse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_ByTheReviewer_ResolvesWithTheNote_ByAnyoneElseIs404_AndEachIsAudited()
    {
        using var byInstructor = await DecideAsync("instructor", "resolve", "Not mine to decide");
        using var unknown = await DecideAsync("reviewer", "reopen", "");
        using var tooLong = await DecideAsync("reviewer", "dismiss", new string('x', 2001));
        using var resolved = await DecideAsync("reviewer", "resolve", "The room's camera was off; fixed.");

        Assert.Equal(HttpStatusCode.NotFound, byInstructor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Nothing saved: the note has 2001 characters; keep it to 2000.", Notice(tooLong));
        Assert.Equal($"Flag {flagId} resolved.", Notice(resolved));
        string page = await Client().GetStringAsync(launches["reviewer"].WithToken("/app/admin/quality?status=all"));
        Assert.Contains($"data-testid=\"decision-{flagId}\">Resolved by Pat Morgan", page, StringComparison.Ordinal);
        Assert.Contains("The room&#x27;s camera was off; fixed.", page, StringComparison.Ordinal);
        string open = await Client().GetStringAsync(launches["reviewer"].WithToken("/app/admin/quality"));
        Assert.Contains("No flag matches these filters.", open, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var flag = await db.QualityFlags.SingleAsync(f => f.Id == flagId);
        Assert.Equal((QualityFlagStatus.Resolved, "The room's camera was off; fixed."), (flag.Status, flag.ReviewNote));
        var audited = await db.AuditEntries.Where(a => a.TargetType == "quality-flag").OrderBy(a => a.Id).Select(a => new { a.Action, a.Allowed }).ToListAsync();
        Assert.Equal(
            [new { Action = "quality.resolve", Allowed = false }, new { Action = "quality.dismiss", Allowed = false }, new { Action = "quality.resolve", Allowed = true }],
            audited);
    }

    [Fact]
    public async Task ReviewQueue_SamplesUnflaggedSessions_AndNamesFiltersItCannotRead()
    {
        string sampled = await Client().GetStringAsync(launches["reviewer"].WithToken("/app/admin/quality?sample=100"));
        string bad = await Client().GetStringAsync(launches["reviewer"].WithToken("/app/admin/quality?kind=Loud&from=yesterday&sample=250"));

        Assert.Contains("1 of 1 unflagged sessions (100%, sample 0).", sampled, StringComparison.Ordinal);
        Assert.Contains("Week 10: graphs", sampled, StringComparison.Ordinal);
        Assert.Contains("&#x27;Loud&#x27; is not a kind here; use one of ShortSession, LowParticipation, CurriculumMissed, LongMonologue, NoRecording.", bad, StringComparison.Ordinal);
        Assert.Contains("The date &#x27;yesterday&#x27; for &#x27;from&#x27; is not a date; write it as 2026-12-07.", bad, StringComparison.Ordinal);
        Assert.Contains("&#x27;250&#x27; for &#x27;sample&#x27; must be a whole number from 0 to 100.", bad, StringComparison.Ordinal);
        Assert.Contains("3 h after its end no recording has arrived", bad, StringComparison.Ordinal);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private async Task<HttpResponseMessage> DecideAsync(string persona, string decision, string note)
    {
        using var client = Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = note });
        return await client.PostAsync(launches[persona].WithToken($"/app/admin/quality/flags/{flagId}/{decision}"), form);
    }

    private static string Notice(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string query = response.Headers.Location!.OriginalString;
        return Uri.UnescapeDataString(query[(query.IndexOf("notice=", StringComparison.Ordinal) + "notice=".Length)..]);
    }
}
