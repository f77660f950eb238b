using System.Globalization;
using System.Net;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Briefs;

/// <summary>
/// Over HTTP: the instructor schedules a session from the course page, its brief is written, and only the instructor and
/// the institution's reviewer can open <c>/app/sessions/{id}/brief</c>; students, parents and other courses' people get 404.
/// </summary>
public sealed class BriefPageAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task ScheduledSession_ItsBrief_OpensForTheInstructorAndTheReviewerOnly()
    {
        using var browser = fixture.App.CreateBrowser();
        var launches = new Dictionary<string, Launch>();
        foreach (string persona in new[] { "instructor", "student", "parent", "reviewer", "outsider" })
        {
            launches[persona] = await browser.LaunchAsync(persona);
        }

        string title = "Brief access " + Guid.NewGuid().ToString("N")[..6];
        long courseId = await CourseIdAsync("alg-101");
        using var scheduled = await ScheduleAsync(browser, launches["instructor"], courseId, title);
        using var refused = await ScheduleAsync(browser, launches["student"], courseId, title + " by a student");
        long sessionId = await SessionIdAsync(title);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BriefGenerator>().GenerateDueAsync(TimeSpan.FromHours(2), CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains("Scheduled 1 session(s)", Uri.UnescapeDataString(scheduled.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, await CountAsync(title + " by a student"));
        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var (persona, launch) in launches)
        {
            using var response = await browser.GetAsync(launch.WithToken($"/app/sessions/{sessionId}/brief"));
            statuses[persona] = response.StatusCode;
        }

        Assert.Equal(
            new Dictionary<string, HttpStatusCode>
            {
                ["instructor"] = HttpStatusCode.OK, ["student"] = HttpStatusCode.NotFound, ["parent"] = HttpStatusCode.NotFound,
                ["reviewer"] = HttpStatusCode.OK, ["outsider"] = HttpStatusCode.NotFound,
            },
            statuses);
        string page = await (await browser.GetAsync(launches["instructor"].WithToken($"/app/sessions/{sessionId}/brief"))).Content.ReadAsStringAsync();
        Assert.Contains($"Brief: {title}", page, StringComparison.Ordinal);
        Assert.Contains("No recap yet.", page, StringComparison.Ordinal);
        Assert.Contains("<li>Sam Lee", page, StringComparison.Ordinal);
        string course = await (await browser.GetAsync(launches["instructor"].Location)).Content.ReadAsStringAsync();
        Assert.Contains($"/app/sessions/{sessionId}/brief?t=", course, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ABadForm_SavesNothing_AndTheNoticeSaysWhy()
    {
        using var browser = fixture.App.CreateBrowser();
        var launch = await browser.LaunchAsync("instructor");
        long courseId = await CourseIdAsync("alg-101");

        using var response = await ScheduleAsync(browser, launch, courseId, "Bad zone", zone: "Europe/Atlantis");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Not scheduled: the time zone 'Europe/Atlantis' is unknown", Uri.UnescapeDataString(response.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Bad zone"));
    }

    private async Task<HttpResponseMessage> ScheduleAsync(DemoBrowser browser, Launch launch, long courseId, string title, string zone = "Europe/London")
    {
        var start = TimeZoneInfo.ConvertTime(fixture.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(1), London);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = title,
            ["start"] = start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["duration"] = "60",
            ["timezone"] = zone,
            ["recurrence"] = "",
        });
        return await browser.Client.PostAsync(launch.WithToken($"/app/course/{courseId}/sessions"), form);
    }

    private async Task<long> CourseIdAsync(string key)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Courses.Where(c => c.Key == key).Select(c => c.Id).SingleAsync();
    }

    private async Task<long> SessionIdAsync(string title)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Sessions.Where(s => s.Title == title).Select(s => s.Id).SingleAsync();
    }

    private async Task<int> CountAsync(string title)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AddinDbContext>().Sessions.CountAsync(s => s.Title == title);
    }
}
