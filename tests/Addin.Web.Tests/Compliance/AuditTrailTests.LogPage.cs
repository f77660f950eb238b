using System.Net;

namespace Addin.Web.Tests.Compliance;

/// <summary>The audit log page and its CSV: the institution's reviewer sees them; instructors, students, parents and other courses' students get 404.</summary>
public sealed partial class AuditTrailTests
{
    public static TheoryData<string, bool> Matrix => new()
    {
        { "reviewer", true },
        { "instructor", false },
        { "student", false },
        { "student2", false },
        { "parent", false },
        { "outsider", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AuditLog_ByRole_OnlyTheInstitutionsReviewerSeesIt(string persona, bool sees)
    {
        var launch = Fixture.Launches[persona];
        using var client = new HttpClient { BaseAddress = Fixture.App.BaseUrl };

        using var page = await client.GetAsync(launch.WithToken("/app/admin/audit"));
        using var csv = await client.GetAsync(launch.WithToken("/app/admin/audit.csv"));

        Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, csv.StatusCode);
        string html = await page.Content.ReadAsStringAsync();
        string text = await csv.Content.ReadAsStringAsync();
        Assert.Equal(sees, html.Contains("data-testid=\"audit-rows\"", StringComparison.Ordinal));
        Assert.Equal(sees, text.StartsWith("id,at,actor,actor_lms_id,action", StringComparison.Ordinal));
        Assert.Equal(sees, html.Contains("data-action=\"launch\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditLog_SearchedByActorAndAction_ShowsOnlyThoseEvents()
    {
        using var client = new HttpClient { BaseAddress = Fixture.App.BaseUrl };

        string html = await client.GetStringAsync(Fixture.Launches["reviewer"].WithToken("/app/admin/audit?actor=sam.lee%40demo-school.test&action=launch"));
        string csv = await client.GetStringAsync(Fixture.Launches["reviewer"].WithToken("/app/admin/audit.csv?actor=demo-student-sam&action=launch"));
        string bad = await client.GetStringAsync(Fixture.Launches["reviewer"].WithToken("/app/admin/audit?from=yesterday"));

        Assert.Contains("data-action=\"launch\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-instructor-rivera", html, StringComparison.Ordinal);
        var rows = csv.TrimEnd().Split('\n').Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(",Sam Lee,demo-student-sam,launch,", r, StringComparison.Ordinal));
        Assert.Contains("Dates are written YYYY-MM-DD", bad, StringComparison.Ordinal);
    }
}
