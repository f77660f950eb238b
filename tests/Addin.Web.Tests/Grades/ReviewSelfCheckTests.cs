using System.Globalization;
using System.Net;
using Addin.Core.Audit;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Data;
using Addin.Lti.Services.Grades;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Demo;
using Addin.Web.Grades;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Grades;

/// <summary>
/// A student checks themselves on the review questions of an approved recap, through the recording page's form: the
/// count they knew reaches the demo LMS's gradebook over LTI Assignment and Grade Services (one line item per
/// recording, created once, the latest score kept); those who may not (the instructor, a parent, another course's
/// student) are refused, an incomplete or stale form saves nothing, and an LMS that cannot be reached is shown as such.
/// </summary>
public sealed class ReviewSelfCheckTests
{
    private const string Title = "Review: the quadratic formula";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SelfCheck_ByAStudent_ReachesTheGradebook_AndOnlyLearnersOfTheCourseMayMakeOne(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        var (recordingId, questions, version) = await ApprovedRecordingAsync(app);
        var (sam, instructor, parent, outsider) = await LaunchAsync(app);

        string page = await GetAsync(app, sam, $"/app/recording/{recordingId}");
        Assert.Contains("data-testid=\"self-check-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"self-check-form\"", await GetAsync(app, instructor, $"/app/recording/{recordingId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"self-check-form\"", await GetAsync(app, parent, $"/app/recording/{recordingId}"), StringComparison.Ordinal);

        using var saved = await PostAsync(app, sam, recordingId, Marks(version, questions, knew: 1));
        Assert.Contains(Uri.EscapeDataString($"Saved: you knew 1 of {questions}."), saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var score = await WaitFor.ValueAsync(
            _ => Task.FromResult(GradebookScore(app, "demo-student-sam")),
            s => s is not null, "the score in the demo gradebook");
        Assert.Equal((1m, questions), (score!.ScoreGiven, (int)score.ScoreMaximum!.Value));
        var lineItem = Assert.Single(app.Services.GetRequiredService<DemoGradebook>().LineItems(DemoLms.Algebra.ContextId));
        Assert.Equal(($"Review: {Title}", ReviewScoreSender.ResourceIdOf(recordingId), ReviewScoreSender.LineItemTag), (lineItem.Item.Label, lineItem.Item.ResourceId, lineItem.Item.Tag));
        await WaitFor.ValueAsync(_ => GetAsync(app, sam, $"/app/recording/{recordingId}"), p => p.Contains("Sent to your course&#x27;s gradebook.", StringComparison.Ordinal), "the page saying the score was sent");

        // A second check replaces the first, on the same line item.
        using var again = await PostAsync(app, sam, recordingId, Marks(version, questions, knew: questions));
        await WaitFor.ValueAsync(_ => Task.FromResult(GradebookScore(app, "demo-student-sam")), s => s?.ScoreGiven == questions, "the second score");
        Assert.Single(app.Services.GetRequiredService<DemoGradebook>().LineItems(DemoLms.Algebra.ContextId));

        foreach (var refused in new[] { instructor, parent, outsider })
        {
            using var response = await PostAsync(app, refused, recordingId, Marks(version, questions, knew: questions), expect: HttpStatusCode.NotFound);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var submission = await db.ReviewSubmissions.AsNoTracking().SingleAsync();
        Assert.Equal((questions, questions), (submission.Known, submission.Total));
        var audited = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ReviewSelfCheck).ToListAsync();
        Assert.Equal((2, 3), (audited.Count(e => e.Allowed), audited.Count(e => !e.Allowed)));
    }

    [Fact]
    public async Task SelfCheck_IncompleteStaleOrUnreachableLms_SavesNothingWrong_AndSaysWhy()
    {
        await using var app = await AddinApp.StartAsync();
        var (recordingId, questions, version) = await ApprovedRecordingAsync(app);
        var (sam, _, _, _) = await LaunchAsync(app);

        var incomplete = Marks(version, questions, knew: 1);
        incomplete.Remove("q0");
        using var missing = await PostAsync(app, sam, recordingId, incomplete);
        var stale = Marks(version, questions, knew: 1);
        stale["version"] = (version + 5).ToString(CultureInfo.InvariantCulture);
        using var changed = await PostAsync(app, sam, recordingId, stale);

        Assert.Contains(Uri.EscapeDataString("Nothing saved: mark every question"), missing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("the review questions changed"), changed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            Assert.False(await db.ReviewSubmissions.AnyAsync());
            // The LMS's gradebook moves somewhere nothing answers.
            await db.Courses.ExecuteUpdateAsync(u => u.SetProperty(c => c.LineItemsUrl, "http://127.0.0.1:9/lineitems"));
        }

        using var saved = await PostAsync(app, sam, recordingId, Marks(version, questions, knew: 1));
        string page = await WaitFor.ValueAsync(
            _ => GetAsync(app, sam, $"/app/recording/{recordingId}"), p => p.Contains("Not in your course&#x27;s gradebook yet", StringComparison.Ordinal), "the failure on the page");
        Assert.Contains($"Last time you knew 1 of {questions}", page, StringComparison.Ordinal);
        Assert.Contains("Addin tries again.", page, StringComparison.Ordinal);
    }

    private static async Task<(long RecordingId, int Questions, int Version)> ApprovedRecordingAsync(AddinApp app)
    {
        await InboxDrops.DropAsync(app, "alg-101", "review-class", Title,
        [
            new SpokenLine("Ana Rivera", "Today we learn the quadratic formula for solving any quadratic equation."),
            new SpokenLine("Ana Rivera", "The quadratic formula gives both roots of a quadratic equation at once."),
            new SpokenLine("Sam Lee", "I am confused about the signs in the quadratic formula."),
            new SpokenLine("Ana Rivera", "The discriminant tells us how many real roots the quadratic equation has."),
            new SpokenLine("Ana Rivera", "When the discriminant is negative the quadratic equation has no real roots."),
        ]);
        long recordingId = (await InboxDrops.WaitForAsync(app, Title)).Id;
        using var browser = app.CreateBrowser();
        var instructor = await browser.LaunchAsync("instructor");
        using var client = Client(app);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1" });
        using var approved = await client.PostAsync(instructor.WithToken($"/app/recording/{recordingId}/recap/approve"), form);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var recap = await db.Recaps.AsNoTracking().SingleAsync(r => r.RecordingId == recordingId);
        Assert.True(recap.Status.IsPublished(), $"the recap was not approved: {recap.Status}");
        string json = await db.RecapVersions.AsNoTracking().Where(v => v.RecapId == recap.Id && v.Number == recap.Version).Select(v => v.RecapJson).SingleAsync();
        int questions = RecapJson.Read(json).ReviewQuestions.Count;
        Assert.True(questions > 0, "the local summariser drafted no review questions from the transcript");
        return (recordingId, questions, recap.Version);
    }

    private static async Task<(Launch Sam, Launch Instructor, Launch Parent, Launch Outsider)> LaunchAsync(AddinApp app)
    {
        using var browser = app.CreateBrowser();
        return (await browser.LaunchAsync("student"), await browser.LaunchAsync("instructor"), await browser.LaunchAsync("parent"), await browser.LaunchAsync("outsider"));
    }

    private static Dictionary<string, string> Marks(int version, int questions, int knew)
    {
        var fields = new Dictionary<string, string>
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["questions"] = questions.ToString(CultureInfo.InvariantCulture),
        };
        for (int i = 0; i < questions; i++)
        {
            fields[$"q{i}"] = i < knew ? "knew" : "not-yet";
        }

        return fields;
    }

    private static Score? GradebookScore(AddinApp app, string userId) =>
        app.Services.GetRequiredService<DemoGradebook>().LineItems(DemoLms.Algebra.ContextId).SelectMany(i => i.Scores.Values).FirstOrDefault(s => s.UserId == userId);

    private static HttpClient Client(AddinApp app) => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private static async Task<string> GetAsync(AddinApp app, Launch who, string path)
    {
        using var client = Client(app);
        return await client.GetStringAsync(who.WithToken(path));
    }

    private static async Task<HttpResponseMessage> PostAsync(AddinApp app, Launch who, long recordingId, Dictionary<string, string> fields, HttpStatusCode expect = HttpStatusCode.Redirect)
    {
        using var client = Client(app);
        using var form = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(who.WithToken($"/app/recording/{recordingId}/review"), form);
        Assert.Equal(expect, response.StatusCode);
        return response;
    }
}
