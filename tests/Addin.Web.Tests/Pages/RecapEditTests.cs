using System.Net;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Media.Speech;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pages;

/// <summary>The recording page's inline edit through HTTP: the form's fields become a new, published version; a bad edit changes nothing.</summary>
public sealed class RecapEditTests : IAsyncLifetime
{
    private const string Title = "Edit: factoring";

    private AddinApp app = null!;
    private Launch instructor = null!;
    private long recordingId;

    public async Task InitializeAsync()
    {
        app = await AddinApp.StartAsync();
        await InboxDrops.DropAsync(app, "alg-101", "edit-class", Title,
        [
            new SpokenLine("Ana Rivera", "Today we factor quadratics."),
            new SpokenLine("Alex Kim", "I am confused about the signs."),
            new SpokenLine("Ana Rivera", "Then both numbers are negative."),
        ]);
        recordingId = (await InboxDrops.WaitForAsync(app, Title)).Id;
        using var browser = app.CreateBrowser();
        instructor = await browser.LaunchAsync("instructor");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Edit_OverviewTextAndRemoval_PublishesANewVersion_AndABadEditChangesNothing()
    {
        var draft = await CurrentAsync();
        Assert.Equal(RecapStatus.Draft, draft.Status);
        Assert.NotEmpty(draft.Recap.Moments);

        using var bad = await PostAsync(new() { ["version"] = "1", ["remove"] = "moments/42" });
        using var edited = await PostAsync(new()
        {
            ["version"] = "1",
            ["overview"] = "  We factored quadratics with negative signs.  ",
            ["text:moments/0"] = "Signs <b>again</b>",
            ["remove"] = "gaps/0",
        });
        using var stale = await PostAsync(new() { ["version"] = "1", ["overview"] = "Late edit" });

        Assert.Contains("Not%20saved%3A%20the%20recap%20has%20no%20item%20%27moments%2F42%27", bad.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Recap%20edited", edited.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("changed%20since%20you%20opened%20it", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var now = await CurrentAsync();
        Assert.Equal((RecapStatus.Edited, 2), (now.Status, now.Version));
        Assert.Equal("We factored quadratics with negative signs.", now.Recap.Overview);
        Assert.Equal("Signs <b>again</b>", now.Recap.Moments[0].Label);
        Assert.Equal(draft.Recap.Gaps.Count - 1, now.Recap.Gaps.Count);
        string page = await Client().GetStringAsync(instructor.WithToken($"/app/recording/{recordingId}"));
        Assert.Contains("Signs &lt;b&gt;again&lt;/b&gt;", page, StringComparison.Ordinal);
    }

    private async Task<RecapForViewer> CurrentAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long personId = await db.People.Where(p => p.Subject == "demo-instructor-rivera").Select(p => p.Id).SingleAsync();
        var person = await db.People.Include(p => p.Platform).SingleAsync(p => p.Id == personId);
        var viewer = new Core.Access.Viewer(personId, person.PlatformId, person.Platform!.InstitutionId, IsReviewer: false);
        return (await scope.ServiceProvider.GetRequiredService<RecapReader>().ForViewerAsync(viewer, recordingId, CancellationToken.None))!;
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields)
    {
        using var client = Client();
        using var form = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(instructor.WithToken($"/app/recording/{recordingId}/recap/edit"), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
