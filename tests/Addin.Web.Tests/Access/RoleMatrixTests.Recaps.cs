using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Access;

/// <summary>
/// Recaps through the pages and the API (the demo platform has AI processing on, so the pipeline drafted one for each
/// recording): a draft reaches only those who review it; once approved, the course's students and parents see it without
/// the summariser's internals; nobody else ever does. Decisions by others are refused and audited.
/// </summary>
public sealed partial class RoleMatrixTests
{
    public static TheoryData<string, bool> DraftMatrix => new()
    {
        // persona, sees the tutoring draft
        { "instructor", true },
        { "reviewer", true },
        { "student", false },
        { "student2", false },
        { "parent", false },
        { "outsider", false },
    };

    [Theory]
    [MemberData(nameof(DraftMatrix))]
    public async Task RecapDraft_ByRole_OnlyReviewersSeeIt_OnThePageAndThroughTheApi(string persona, bool seesDraft)
    {
        var (status, json) = await RecapApiAsync(persona, fixture.Tutoring);
        string html = await PageHtmlAsync(persona, fixture.Tutoring);

        Assert.Equal(seesDraft ? HttpStatusCode.OK : HttpStatusCode.NotFound, status);
        Assert.Equal(seesDraft, html.Contains("data-testid=\"recap\"", StringComparison.Ordinal));
        if (seesDraft)
        {
            Assert.Equal("Draft", json!.RootElement.GetProperty("status").GetString());
            Assert.True(json.RootElement.GetProperty("droppedClaims").ValueKind == JsonValueKind.Number);
        }
    }

    [Fact]
    public async Task RecapDecision_ByStudentOrParent_IsRefusedAndAudited()
    {
        foreach (string persona in new[] { "student", "parent", "outsider" })
        {
            using var response = await PostDecisionAsync(persona, fixture.Tutoring, "approve", version: 1);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.Equal(Core.Recaps.RecapStatus.Draft, await db.Recaps.Where(r => r.RecordingId == fixture.Tutoring.Id).Select(r => r.Status).SingleAsync());
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "recap.approve" && !a.Allowed && a.TargetId == fixture.Tutoring.Id.ToString()));
    }

    [Fact]
    public async Task RecapApproved_ReachesTheCoursesStudentsAndParents_WithoutInternals()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await RecapApiAsync("student", fixture.Class)).Status);

        using var approved = await PostDecisionAsync("instructor", fixture.Class, "approve", version: 1);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("notice=Recap%20approved.", approved.Headers.Location!.ToString(), StringComparison.Ordinal);
        foreach (string persona in new[] { "student", "student2", "parent" })
        {
            var (status, json) = await RecapApiAsync(persona, fixture.Class);
            Assert.Equal(HttpStatusCode.OK, status);
            var root = json!.RootElement;
            Assert.Equal("Approved", root.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("droppedClaims").ValueKind);
            Assert.Equal(JsonValueKind.Null, root.GetProperty("history").ValueKind);
            string recap = root.GetProperty("recap").GetRawText();
            Assert.DoesNotContain("confidence", recap, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"run\"", recap, StringComparison.Ordinal);
            string html = await PageHtmlAsync(persona, fixture.Class);
            Assert.Contains("data-testid=\"recap\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"confidence\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"recap-review\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"dropped-claims\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await RecapApiAsync("outsider", fixture.Class)).Status);
        var (_, reviewerView) = await RecapApiAsync("instructor", fixture.Class);
        Assert.Equal(2, reviewerView!.RootElement.GetProperty("history").GetArrayLength());
    }

    private async Task<(HttpStatusCode Status, JsonDocument? Json)> RecapApiAsync(string persona, Recording recording)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{recording.Id}/recap");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()) : null);
    }

    private async Task<string> PageHtmlAsync(string persona, Recording recording)
    {
        using var client = Client();
        using var response = await client.GetAsync(fixture.Launches[persona].WithToken($"/app/recording/{recording.Id}"));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PostDecisionAsync(string persona, Recording recording, string decision, int version)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return await client.PostAsync(fixture.Launches[persona].WithToken($"/app/recording/{recording.Id}/recap/{decision}"), form);
    }
}
