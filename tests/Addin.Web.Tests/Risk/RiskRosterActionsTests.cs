using System.Globalization;
using System.Net;
using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Core.Risk;
using Addin.Sdk.Risk;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Risk;

/// <summary>
/// The risk roster's actions through HTTP with real demo launches: the course's instructor and the institution's
/// reviewer acknowledge, write notes and set follow-ups; students, parents and other courses' people get 404. Forms from
/// an older page change nothing, hostile text is shown as text, and every attempt is audited.
/// </summary>
public sealed class RiskRosterActionsTests : IAsyncLifetime
{
    private static readonly string[] Personas = ["instructor", "reviewer", "student", "student2", "parent", "outsider"];
    private AddinApp app = null!;
    private readonly Dictionary<string, Launch> launches = [];
    private long courseId;
    private long samId;

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
        samId = await db.People.Where(p => p.Subject == "demo-student-sam").Select(p => p.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Note_TheInstructorAndTheReviewerMayAdd_EveryoneElseGets404_AndEachAttemptIsAudited()
    {
        await AssessSamAsync();

        foreach (string persona in Personas)
        {
            using var response = await PostAsync(persona, "note", new() { ["note"] = $"Spoke with Sam ({persona})." });
            if (persona is "instructor" or "reviewer")
            {
                Assert.Equal("Note added.", Notice(response));
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        string page = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}"));
        Assert.Contains("Spoke with Sam (instructor).", page, StringComparison.Ordinal);
        Assert.Contains("Spoke with Sam (reviewer).", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(student)", page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var audited = await db.AuditEntries.Where(a => a.Action == "risk.note").OrderBy(a => a.Id).Select(a => a.Allowed).ToListAsync();
        Assert.Equal([true, true, false, false, false, false], audited);
        Assert.Equal(2, await db.RiskInterventions.CountAsync());
    }

    [Fact]
    public async Task Acknowledge_FromAnOlderPage_ChangesNothing_TheCurrentOneShowsWhoAndWhen()
    {
        long older = await AssessSamAsync();
        long current = await AssessSamAsync();

        using var stale = await PostAsync("instructor", "acknowledge", new() { ["assessment"] = older.ToString(CultureInfo.InvariantCulture) });
        using var byStudent = await PostAsync("student", "acknowledge", new() { ["assessment"] = current.ToString(CultureInfo.InvariantCulture) });
        using var done = await PostAsync("instructor", "acknowledge", new() { ["assessment"] = current.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal("Nothing saved: a newer assessment arrived after the page was loaded. Read it and acknowledge again.", Notice(stale));
        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        Assert.Equal("Assessment acknowledged.", Notice(done));
        string page = await Client().GetStringAsync(launches["reviewer"].WithToken($"/app/course/{courseId}"));
        Assert.Contains("Acknowledged by Ana Rivera", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"risk-acknowledge\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_ABadDateIsRefusedSayingWhy_ADueOneIsHighlightedAndSortsToTheTop_HostileNotesAreText()
    {
        await AssessSamAsync();
        string today = TimeProvider.System.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var bad = await PostAsync("instructor", "follow-up", new() { ["followUpOn"] = "next Friday", ["followUpVersion"] = "0" });
        using var badByParent = await PostAsync("parent", "follow-up", new() { ["followUpOn"] = "next Friday", ["followUpVersion"] = "0" });
        using var set = await PostAsync("instructor", "follow-up", new() { ["followUpOn"] = today, ["followUpVersion"] = "0" });
        using var stale = await PostAsync("reviewer", "follow-up", new() { ["followUpOn"] = "", ["followUpVersion"] = "0" });
        using var hostile = await PostAsync("instructor", "note", new() { ["note"] = "<img src=x onerror=alert(1)> called home" });

        Assert.Equal("Nothing saved: 'next Friday' is not a date. Pick one, or write it as 2026-12-31.", Notice(bad));
        Assert.Equal(HttpStatusCode.NotFound, badByParent.StatusCode);
        Assert.Equal($"Follow-up set for {today}.", Notice(set));
        Assert.Equal("Nothing saved: someone changed this student's follow-up after the page was loaded. Look at it and set it again.", Notice(stale));
        string page = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}?roster=follow-ups"));
        Assert.Contains("class=\"follow-up-due\"", page, StringComparison.Ordinal);
        Assert.Contains("due today", page, StringComparison.Ordinal);
        Assert.Contains(">Riskiest first</a>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; called home", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        string parentPage = await Client().GetStringAsync(launches["parent"].WithToken($"/app/course/{courseId}?roster=follow-ups"));
        Assert.DoesNotContain("called home", parentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("risk-roster", parentPage, StringComparison.Ordinal);
    }

    private async Task<long> AssessSamAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var record = new RiskAssessmentRecord
        {
            CourseId = courseId,
            PersonId = samId,
            ModelId = "rule-risk",
            Level = RiskLevel.High,
            Score = 0.8,
            FactorsJson = JsonSerializer.Serialize(new[] { new RiskFactor("attendance.low", "attended 1 of 4 sessions in the last 2 weeks", 0.8) }),
            WeekStart = new DateOnly(2026, 9, 7),
            AssessedAt = TimeProvider.System.GetUtcNow(),
        };
        db.RiskAssessments.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private async Task<HttpResponseMessage> PostAsync(string persona, string action, Dictionary<string, string> fields)
    {
        using var client = Client();
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(launches[persona].WithToken($"/app/course/{courseId}/risk/{samId}/{action}"), form);
    }

    private static string Notice(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        string notice = location[(location.IndexOf("notice=", StringComparison.Ordinal) + "notice=".Length)..];
        return Uri.UnescapeDataString(notice[..notice.IndexOf('#', StringComparison.Ordinal)]);
    }
}
