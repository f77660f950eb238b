using System.Net;
using System.Text.RegularExpressions;
using Addin.Media.Speech;
using Addin.Testing;

namespace Addin.Web.Tests.Pages;

/// <summary>
/// Next year's copy of Algebra (the demo LMS sends <c>$Context.id.history</c>): this year's recordings reach its
/// students only after its teacher brings them, and the one-to-one session never does.
/// </summary>
public sealed partial class CourseCopyTests : IAsyncLifetime
{
    private AddinApp app = null!;

    public async Task InitializeAsync()
    {
        app = await AddinApp.StartAsync();
        await InboxDrops.DropAsync(app, "alg-101", "copy-class", "Copy: class", [new SpokenLine("Ana Rivera", "Today, slopes.")]);
        await InboxDrops.DropAsync(app, "alg-101", "copy-tutoring", "Copy: tutoring", [new SpokenLine("Ana Rivera", "Sam, your homework.")],
            new[] { new { lmsUserId = "demo-student-sam" } });
        await InboxDrops.WaitForAsync(app, "Copy: class");
        await InboxDrops.WaitForAsync(app, "Copy: tutoring");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CopiedCourse_ShowsEarlierRecordingsOnlyAfterTheTeacherBringsThem_AndNeverTheOneToOne()
    {
        using var browser = app.CreateBrowser();
        var teacher = await browser.LaunchAsync("instructor-next");
        var student = await browser.LaunchAsync("student-next");

        string before = await PageAsync(browser, student.Location);
        string teacherPage = await PageAsync(browser, teacher.Location);
        string decide = CopyForm().Match(teacherPage).Groups["action"].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        using var decision = await browser.Client.PostAsync(decide, new FormUrlEncodedContent([new("decision", "Brought")]));
        string after = await PageAsync(browser, student.Location);

        Assert.DoesNotContain("Copy: class", before, StringComparison.Ordinal);
        Assert.Contains("This course was copied from <strong>Algebra 1</strong>", teacherPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.Contains("Copy: class", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Copy: tutoring", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyDecision_ByAStudent_IsRefused()
    {
        using var browser = app.CreateBrowser();
        var teacher = await browser.LaunchAsync("instructor-next");
        var student = await browser.LaunchAsync("student-next");
        string action = CopyForm().Match(await PageAsync(browser, teacher.Location)).Groups["action"].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        string forged = Regex.Replace(action, "t=[^&]+", "t=" + Uri.EscapeDataString(student.Token));

        using var response = await browser.Client.PostAsync(forged, new FormUrlEncodedContent([new("decision", "Brought")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Copy: class", await PageAsync(browser, student.Location), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(DemoBrowser browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>/app/course/\\d+/copies/\\d+\\?[^\"]+)\"")]
    private static partial Regex CopyForm();
}
