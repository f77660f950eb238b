using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Web.Apis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Access;

/// <summary>Playback events by role: stored for those who may see the recording, refused for others; bad batches get a 400 saying what is wrong.</summary>
public sealed partial class RoleMatrixTests
{
    private const string SmallBatch = """{"events":[{"kind":"play","position":0},{"kind":"pause","position":1}],"watched":[[0,1]],"position":1}""";

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task PlaybackApi_ByRole_StoresOnlyForThoseWhoSeeTheRecording(string persona, bool seesClass, bool seesTutoring)
    {
        Assert.Equal(seesClass ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await PostPlaybackAsync(persona, fixture.Class, SmallBatch)).Status);
        Assert.Equal(seesTutoring ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await PostPlaybackAsync(persona, fixture.Tutoring, SmallBatch)).Status);

        long person = await PersonIdAsync(persona);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.Equal(seesClass, await db.PlaybackProgress.AnyAsync(p => p.PersonId == person && p.RecordingId == fixture.Class.Id));
        Assert.Equal(seesTutoring, await db.PlaybackProgress.AnyAsync(p => p.PersonId == person && p.RecordingId == fixture.Tutoring.Id));
        Assert.Equal(seesTutoring, await db.PlaybackEvents.AnyAsync(e => e.PersonId == person && e.RecordingId == fixture.Tutoring.Id));
    }

    [Fact]
    public async Task PlaybackApi_AsSendBeaconSendsIt_TextBodyAndTokenInTheQuery_IsStored()
    {
        using var client = Client();
        using var body = new StringContent(SmallBatch, Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync(fixture.Launches["student2"].WithToken($"/api/recordings/{fixture.Class.Id}/playback"), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var progress = (await response.Content.ReadFromJsonAsync<PlaybackProgressDto>())!;
        Assert.True(progress.WatchedSeconds >= 1);
    }

    [Fact]
    public async Task PlaybackApi_WithoutOrWithAForgedSession_IsRefused()
    {
        using var client = Client();
        using var none = await client.PostAsync($"/api/recordings/{fixture.Class.Id}/playback", new StringContent(SmallBatch));
        using var forged = await client.PostAsync($"/api/recordings/{fixture.Class.Id}/playback?t=forged.token", new StringContent(SmallBatch));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Theory]
    [InlineData("{\"events\":[", "The body is not a playback batch")]
    [InlineData("", "The body is not a playback batch")]
    [InlineData("{\"events\":[{\"kind\":\"rewind\",\"position\":1}]}", "at $.events[0].kind")]
    [InlineData("{\"events\":[{\"position\":1}]}", "The body is not a playback batch")]
    [InlineData("{\"events\":[],\"extra\":1}", "The body is not a playback batch")]
    [InlineData("{\"watched\":[[1,2,3]]}", "watched[0] must be [start, end] in seconds.")]
    [InlineData("{\"watched\":[[5,2]]}", "watched[0]: ends (2) before it starts (5).")]
    [InlineData("{\"events\":[{\"kind\":\"seek\",\"position\":1,\"from\":1}]}", "events[0]: a seek needs 'from' and 'to' (seconds).")]
    [InlineData("{\"events\":[{\"kind\":\"speed\",\"position\":1,\"speed\":3}]}", "events[0]: a speed change needs 'speed' between 0.5 and 2.")]
    [InlineData("{\"position\":99999}", "position: 99999 is outside the recording")]
    public async Task PlaybackApi_BadBatch_Is400_SayingWhatIsWrong(string body, string expected)
    {
        var (status, text) = await PostPlaybackAsync("student", fixture.Class, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybackApi_BodyOverTheCap_Is413_NamingTheLimit()
    {
        string huge = "{\"events\":[" + string.Join(',', Enumerable.Repeat("{\"kind\":\"play\",\"position\":0}", 3000)) + "]}";

        var (status, text) = await PostPlaybackAsync("student", fixture.Class, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 64 KiB", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instructor", true)]
    [InlineData("reviewer", true)]
    [InlineData("student", false)]
    [InlineData("student2", false)]
    [InlineData("parent", false)]
    public async Task RecordingPage_ByRole_ShowsEveryStudentsProgressToManagers_AndOnlyTheirOwnToOthers(string persona, bool manages)
    {
        await PostPlaybackAsync("student", fixture.Class, SmallBatch);
        using var client = Client();
        string html = await client.GetStringAsync(fixture.Launches[persona].WithToken($"/app/recording/{fixture.Class.Id}"));
        Assert.Equal(manages, html.Contains("Who watched", StringComparison.Ordinal));
        Assert.Equal(manages, html.Contains("data-testid=\"student-watch\"", StringComparison.Ordinal));
        Assert.Equal(manages, html.Contains("Sam Lee watched", StringComparison.Ordinal));
        Assert.Equal(!manages, html.Contains("Your progress", StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Status, string Body)> PostPlaybackAsync(string persona, Recording recording, string json)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/recordings/{recording.Id}/playback")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Launches[persona].Token);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
