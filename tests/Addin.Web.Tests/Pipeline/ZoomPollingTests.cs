using System.Globalization;
using System.Net;
using Addin.Core.Pipeline;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// The polling fallback through the host: with a Server-to-Server OAuth app configured in the environment's way (text
/// values, secrets included), the platform's poll lists the user's Zoom recordings page by page and imports those of
/// the course's meeting, once.
/// </summary>
public sealed class ZoomPollingTests(ZoomPollingTests.Fixture apps) : IClassFixture<ZoomPollingTests.Fixture>
{
    [Fact]
    public async Task Poll_ListsEveryPage_AndImportsTheLinkedMeetingsRecordingsOnce()
    {
        var app = await apps.GetAsync();
        using (var linked = await ZoomAppFixture.SetMeetingIdAsync(app, ZoomAppFixture.CourseMeetingId.ToString(CultureInfo.InvariantCulture)))
        {
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        }

        var recorded = new[] { (ZoomAppFixture.CourseMeetingId, "first"), (99988877766L, "other"), (ZoomAppFixture.CourseMeetingId, "second") }
            .Select((m, i) => ZoomPayloads.Meeting(m.Item1, m.Item2, TimeProvider.System.GetUtcNow().AddHours(-i - 1), apps.Zoom.AddFile(m.Item2, [1], "video/mp4"), null, "polled-" + m.Item2))
            .ToList();
        apps.Zoom.Meetings.AddRange(recorded);
        apps.Zoom.FailNext(FakeZoom.RecordingsPath, FakeZoom.TooManyRequests("0"));
        long platformId = await app.QueryAsync(db => db.Courses.Where(c => c.Key == PipelineApp.CourseKey).Select(c => c.PlatformId).SingleAsync());

        int created = await PollAsync(app, platformId);
        int again = await PollAsync(app, platformId);

        Assert.Equal((2, 0), (created, again));
        var imported = await app.QueryAsync(db => db.Recordings.Where(r => r.SourceProviderId == "zoom" && r.ExternalId.StartsWith("polled-"))
            .OrderBy(r => r.ExternalId).Select(r => new { r.ExternalId, r.Course!.Key, r.Status }).ToListAsync());
        Assert.Equal(["polled-first-video", "polled-second-video"], imported.Select(r => r.ExternalId));
        Assert.All(imported, r => Assert.Equal((PipelineApp.CourseKey, RecordingStatus.Queued), (r.Key, r.Status)));
        var lists = apps.Zoom.RequestsTo(FakeZoom.RecordingsPath);
        Assert.Equal(4, lists.Count);
        Assert.All(lists, r => Assert.Contains("page_size=1", r.Url.Query, StringComparison.Ordinal));
        Assert.Equal(1, apps.Zoom.TokensIssued);
    }

    private static async Task<int> PollAsync(PipelineApp app, long platformId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SourcePoller>().PollAsync(platformId, CancellationToken.None);
    }

    /// <summary>Addin with the Zoom source and its OAuth app configured, not polling by itself: the test polls.</summary>
    public sealed class Fixture : PipelineAppFixture
    {
        private readonly Dictionary<string, string?> settings;

        public Fixture()
        {
            settings = new Dictionary<string, string?>
            {
                ["Addin:Providers:RecordingSource:0"] = "zoom",
                ["Addin:Providers:Settings:zoom:webhookSecretToken"] = ZoomAppFixture.SecretToken,
                ["Addin:Providers:Settings:zoom:accountId"] = FakeZoom.AccountId,
                ["Addin:Providers:Settings:zoom:clientId"] = FakeZoom.ClientId,
                ["Addin:Providers:Settings:zoom:clientSecret"] = FakeZoom.ClientSecret,
                ["Addin:Providers:Settings:zoom:apiBaseUrl"] = Zoom.ApiBaseUrl.ToString(),
                ["Addin:Providers:Settings:zoom:oauthBaseUrl"] = Zoom.BaseUrl.ToString(),
                ["Addin:Providers:Settings:zoom:pageSize"] = "1",
                ["Addin:Providers:Settings:zoom:maxAttempts"] = "2",
            };
        }

        public FakeZoom Zoom { get; } = new();

        protected override bool RunJobs => false;

        protected override IReadOnlyDictionary<string, string?> Settings => settings;

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Zoom.Dispose();
        }
    }
}
