using System.Net;
using Addin.Core.Persistence;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pages;

/// <summary>
/// The course page's recap settings through HTTP: the curriculum plan upload (a bad file changes nothing and says which
/// line is wrong) and AI consent (teachers for their course, the institution's reviewers for the LMS), each audited.
/// </summary>
public sealed class RecapSettingsTests : IAsyncLifetime
{
    private const string Plan = "topic,keywords,planned_minutes\nFactoring,factor;quadratic,20\nNegative signs,negative;minus,\n";

    private AddinApp app = null!;
    private readonly Dictionary<string, Launch> launches = [];
    private long courseId;

    public async Task InitializeAsync()
    {
        app = await AddinApp.StartAsync();
        using var browser = app.CreateBrowser();
        foreach (string persona in new[] { "instructor", "student", "reviewer" })
        {
            launches[persona] = await browser.LaunchAsync(persona);
        }

        await using var scope = app.Services.CreateAsyncScope();
        courseId = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Courses.Where(c => c.Key == "alg-101").Select(c => c.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CurriculumUpload_ByTheInstructor_ImportsAGoodPlan_AndRefusesABadOneWithItsLine()
    {
        using var imported = await UploadAsync("instructor", "term.csv", Plan);
        using var bad = await UploadAsync("instructor", "broken.csv", "topic,keywords\nFactoring,factor\n");
        using var byStudent = await UploadAsync("student", "term.csv", Plan);

        Assert.Contains("Curriculum plan imported: 2 topics from term.csv.", Notice(imported), StringComparison.Ordinal);
        Assert.Equal("Curriculum plan not imported: broken.csv, line 1: the header lacks planned_minutes; it must be 'topic,keywords,planned_minutes'.", Notice(bad));
        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.Equal(["factoring", "negative-signs"], await db.CurriculumPlanTopics.OrderBy(t => t.Position).Select(t => t.TopicId).ToListAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "curriculum.import" && !a.Allowed));
        string page = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}"));
        Assert.Contains("term.csv, 2 topics", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AiConsent_CourseByItsInstructor_PlatformByAReviewerOnly_WithWhoAndWhen()
    {
        using var platformByInstructor = await ConsentAsync("instructor", "platform", enabled: false);
        using var courseOff = await ConsentAsync("instructor", "course", enabled: false);
        using var byStudent = await ConsentAsync("student", "course", enabled: true);
        using var platformByReviewer = await ConsentAsync("reviewer", "platform", enabled: false);

        Assert.Equal(HttpStatusCode.NotFound, platformByInstructor.StatusCode);
        Assert.StartsWith("AI recaps switched off for this course.", Notice(courseOff), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        Assert.StartsWith("AI recaps switched off for every course of this LMS", Notice(platformByReviewer), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var course = await db.AiConsents.SingleAsync(a => a.CourseId == courseId);
        Assert.False(course.Enabled);
        Assert.Equal("Ana Rivera", course.ChangedBy);
        var platform = await db.AiConsents.SingleAsync(a => a.CourseId == null && db.Courses.Any(c => c.Id == courseId && c.PlatformId == a.PlatformId));
        Assert.Equal(("Pat Morgan", false), (platform.ChangedBy, platform.Enabled));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "ai-consent.set" && !a.Allowed));
        string page = await Client().GetStringAsync(launches["instructor"].WithToken($"/app/course/{courseId}"));
        Assert.Contains("Off: AI processing is not switched on for this LMS.", page, StringComparison.Ordinal);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private async Task<HttpResponseMessage> UploadAsync(string persona, string fileName, string csv)
    {
        using var client = Client();
        using var form = new MultipartFormDataContent { { new StringContent(csv), "plan", fileName } };
        return await client.PostAsync(launches[persona].WithToken($"/app/course/{courseId}/curriculum"), form);
    }

    private async Task<HttpResponseMessage> ConsentAsync(string persona, string scope, bool enabled)
    {
        using var client = Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = scope, ["enabled"] = enabled ? "true" : "false" });
        return await client.PostAsync(launches[persona].WithToken($"/app/course/{courseId}/ai-consent"), form);
    }

    private static string Notice(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string query = response.Headers.Location!.OriginalString;
        return Uri.UnescapeDataString(query[(query.IndexOf("notice=", StringComparison.Ordinal) + "notice=".Length)..]);
    }
}
