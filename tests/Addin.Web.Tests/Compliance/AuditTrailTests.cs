using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Testing;
using Addin.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Compliance;

/// <summary>
/// The audit trail through HTTP: a scripted sequence of an instructor's actions leaves exactly those events, each with
/// who, what, when and from where; the audit log page and its CSV reach the institution's reviewers and no one else.
/// </summary>
public sealed partial class AuditTrailTests(RoleMatrixFixture fixture) : IClassFixture<RoleMatrixFixture>
{
    private RoleMatrixFixture Fixture => fixture;

    [Fact]
    public async Task ScriptedActions_LeaveExactlyTheirAuditEvents_WithActorTargetTimeAndOrigin()
    {
        var instructor = fixture.Launches["instructor"];
        string recording = fixture.Tutoring.Id.ToString(CultureInfo.InvariantCulture);
        string session = fixture.Tutoring.SessionId.ToString(CultureInfo.InvariantCulture);
        await AssignInstructorAsync(fixture.Tutoring.SessionId, "demo-instructor-rivera");
        long since = await LastAuditIdAsync();
        var time = fixture.App.Services.GetRequiredService<TimeProvider>();
        var before = time.GetUtcNow();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AuditTrailTest/1.0");

        string page = await client.GetStringAsync(instructor.WithToken($"/app/recording/{recording}"));
        string download = WebUtility.HtmlDecode(DownloadLink().Match(page).Groups[1].Value);
        using (var media = await client.GetAsync(download))
        {
            Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, instructor.WithToken($"/app/recording/{recording}/recap/approve"), ("version", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, instructor.WithToken($"/app/recording/{recording}/recap/edit"), ("version", "2"), ("overview", "Homework review, edited."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(instructor.WithToken($"/app/sessions/{session}/brief"))).StatusCode);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var person = await db.People.SingleAsync(p => p.Subject == "demo-instructor-rivera");
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Id > since).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [
                (AuditActions.ViewRecording, "recording", recording),
                (AuditActions.DownloadRecording, "recording", recording),
                (AuditActions.ApproveRecap, "recording", recording),
                (AuditActions.EditRecap, "recording", recording),
                (AuditActions.ViewBrief, "session", session),
            ],
            entries.Select(e => (e.Action, e.TargetType, e.TargetId!)));
        Assert.All(entries, e =>
        {
            Assert.Equal(person.Id, e.PersonId);
            Assert.Equal(person.PlatformId, e.PlatformId);
            Assert.True(e.Allowed);
            Assert.Equal(("127.0.0.1", AuditChannel.Web), (e.RemoteAddress, e.Channel));
            Assert.Equal("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AuditTrailTest/1.0", e.UserAgent);
            Assert.InRange(e.At, before.AddSeconds(-1), time.GetUtcNow().AddSeconds(1));
        });
    }

    // A dropped recording's session has no instructor; a brief is for the session's instructor, so the script names one.
    private async Task AssignInstructorAsync(long sessionId, string subject)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long personId = await db.People.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.InstructorId, personId));
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(url, form);
    }

    [GeneratedRegex("href=\"([^\"]+)\" download")]
    private static partial Regex DownloadLink();
}
