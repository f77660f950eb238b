using System.Text.Json.Nodes;
using Addin.Lti.Services;
using Addin.Lti.Services.Grades;

namespace Addin.Lti.Tests.Services;

public sealed class AssignmentGradesClientTests : IDisposable
{
    private const string LineItemsPath = "/api/lti/courses/3334/line_items";
    private const string SubmissionType = "https://canvas.instructure.com/lti/submission_type";

    private readonly ServiceHarness _h = new();

    public void Dispose() => _h.Dispose();

    private Uri LineItemsUrl => _h.Server.Url(LineItemsPath);

    [Fact]
    public async Task ListLineItemsAsync_TwoPages_ReturnsAllWithFiltersAndAcceptHeader()
    {
        var page2 = _h.Server.Url(LineItemsPath + "?page=2");
        Serve("GET", LineItemsPath, AgsScopes.LineItemReadOnly, request => request.Query.ContainsKey("page")
            ? PlatformResponse.Json(ServiceFixtures.Text("pylti1p3", "canvas-ags-lineitems-response.json"), AgsMediaTypes.LineItemContainer)
            : PlatformResponse.Json(Canvas("canvas-ags-lineitems-list-response.json"), AgsMediaTypes.LineItemContainer)
                .WithHeader("Link", ServiceFixtures.CanvasLinks((request.Url, "current"), (page2, "next"))));

        var items = await _h.Grades.ListLineItemsAsync(
            _h.Platform, LineItemsUrl, new LineItemQuery(ResourceLinkId: "rl-1", ResourceId: "1", Tag: "lti-advantage", Limit: 10), null, CancellationToken.None);

        Assert.Equal(6, items.Count);
        Assert.Equal(_h.Server.Url(LineItemsPath + "/25"), items[0].Id);
        Assert.Equal(("LTI Advantage test item 2019-07-18 23:18:24 UTC", 10.0m, "1", "lti-advantage"), (items[0].Label, items[0].ScoreMaximum, items[0].ResourceId, items[0].Tag));
        Assert.True(items[0].Extensions!.ContainsKey(SubmissionType));
        Assert.Equal("7c358941-9b49-45fd-be81-c222284d38d7", items[1].ResourceLinkId);
        Assert.Equal(("Time Taken", 999m), (items[5].Label, items[5].ScoreMaximum));

        var requests = _h.Server.RequestsTo(LineItemsPath);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(AgsMediaTypes.LineItemContainer, r.Accept));
        var query = requests[0].Query;
        Assert.Equal(("rl-1", "1", "lti-advantage", "10"), (query["resource_link_id"], query["resource_id"], query["tag"], query["limit"]));
        Assert.Equal(AgsScopes.LineItemReadOnly, Assert.Single(_h.Tokens.Received).Fields["scope"]);
    }

    [Fact]
    public async Task ListLineItemsAsync_SpecExampleWithBom_IsRead()
    {
        _h.Server.On("GET", LineItemsPath, _ => new PlatformResponse(200, ContentType: AgsMediaTypes.LineItemContainer)
        {
            RawBody = ServiceFixtures.Bytes("ltiadvantage-andyfmiller", "LineItemContainer.json"),
        });

        var items = await _h.Grades.ListLineItemsAsync(_h.Platform, LineItemsUrl, LineItemQuery.All, null, CancellationToken.None);

        Assert.Equal(["Chapter 5 Test", "Chapter 5 Progress", "Chapter 2 Essay"], items.Select(i => i.Label));
        Assert.Equal(new DateTimeOffset(2018, 4, 6, 22, 5, 3, TimeSpan.Zero), items[0].EndDateTime);
    }

    [Fact]
    public async Task ListLineItemsAsync_OnlyTheFullLineItemScopeGranted_ReadsWithIt()
    {
        Serve("GET", LineItemsPath, AgsScopes.LineItem, _ => PlatformResponse.Json("[]", AgsMediaTypes.LineItemContainer));

        var granted = new[] { AgsScopes.LineItem, AgsScopes.Score }; // as Canvas granted in the atomicjolt token fixture
        var items = await _h.Grades.ListLineItemsAsync(_h.Platform, LineItemsUrl, LineItemQuery.All, AgsScopes.ForReadingLineItems(granted), CancellationToken.None);

        Assert.Empty(items);
        Assert.Equal(AgsScopes.LineItem, Assert.Single(_h.Tokens.Received).Fields["scope"]);
    }

    [Fact]
    public async Task CreateUpdateGetDelete_RoundTripWithCanvasShapes()
    {
        var item31 = LineItemsPath + "/31";
        Serve("POST", LineItemsPath, AgsScopes.LineItem, request =>
        {
            Assert.Equal(AgsMediaTypes.LineItem, request.ContentType);
            Assert.Equal(AgsMediaTypes.LineItem, request.Accept);
            var body = JsonNode.Parse(request.Body)!.AsObject();
            Assert.False(body.ContainsKey("id"));
            Assert.Equal(("Review questions: week 3", 10m, "1", "lti-advantage"), (
                body["label"]!.GetValue<string>(), body["scoreMaximum"]!.GetValue<decimal>(), body["resourceId"]!.GetValue<string>(), body["tag"]!.GetValue<string>()));
            return PlatformResponse.Json(Canvas("canvas-ags-lineitem-create-response.json"), AgsMediaTypes.LineItem, 201);
        });
        Serve("PUT", item31, AgsScopes.LineItem, request =>
        {
            Assert.Equal(AgsMediaTypes.LineItem, request.ContentType);
            var body = JsonNode.Parse(request.Body)!.AsObject();
            Assert.Equal("Review questions: week 3 (revised)", body["label"]!.GetValue<string>());
            Assert.Equal("external_tool", body[SubmissionType]!["type"]!.GetValue<string>()); // the Canvas extension goes back as it came
            return PlatformResponse.Json(Canvas("canvas-ags-lineitem-update-response.json"), AgsMediaTypes.LineItem);
        });
        Serve("GET", item31, AgsScopes.LineItemReadOnly, request =>
        {
            Assert.Equal(AgsMediaTypes.LineItem, request.Accept);
            return PlatformResponse.Json(Canvas("canvas-ags-lineitem-get-response.json"), AgsMediaTypes.LineItem);
        });
        Serve("DELETE", item31, AgsScopes.LineItem, _ => new PlatformResponse(204));

        var created = await _h.Grades.CreateLineItemAsync(
            _h.Platform, LineItemsUrl, new LineItem { Label = "Review questions: week 3", ScoreMaximum = 10, ResourceId = "1", Tag = "lti-advantage" }, CancellationToken.None);
        Assert.Equal(_h.Server.Url(LineItemsPath + "/29"), created.Id);
        Assert.True(created.Extensions!.ContainsKey(SubmissionType));

        var toUpdate = created with { Id = _h.Server.Url(item31), Label = "Review questions: week 3 (revised)" };
        var updated = await _h.Grades.UpdateLineItemAsync(_h.Platform, toUpdate, CancellationToken.None);
        Assert.Equal(_h.Server.Url(item31), updated.Id);

        var fetched = await _h.Grades.GetLineItemAsync(_h.Platform, _h.Server.Url(item31), null, CancellationToken.None);
        Assert.Equal(("LTI Advantage test item 2019-07-18 23:46:09 UTC", 10.0m), (fetched.Label, fetched.ScoreMaximum));

        await _h.Grades.DeleteLineItemAsync(_h.Platform, _h.Server.Url(item31), CancellationToken.None);

        Assert.Equal(["POST", "PUT", "GET", "DELETE"], _h.Server.Requests.Where(r => r.Path != FakeTokenEndpoint.Path).Select(r => r.Method));
    }

    [Fact]
    public async Task CreateLineItemAsync_WithoutLabelOrPositiveMaximum_IsRefusedBeforeAnyRequest()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _h.Grades.CreateLineItemAsync(_h.Platform, LineItemsUrl, new LineItem { ScoreMaximum = 10 }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _h.Grades.CreateLineItemAsync(_h.Platform, LineItemsUrl, new LineItem { Label = "x" }, CancellationToken.None));

        Assert.Empty(_h.Server.Requests);
    }

    [Fact]
    public async Task PostScoreAsync_LineItemUrlWithQuery_PostsToScoresBeforeTheQuery()
    {
        var scoresPath = "/api/lti/courses/1/line_items/5/scores";
        Serve("POST", scoresPath, AgsScopes.Score, request =>
        {
            Assert.Equal(AgsMediaTypes.Score, request.ContentType);
            Assert.Equal("bar", request.Query["foo"]);
            return PlatformResponse.Json(ServiceFixtures.Text("pylti1p3", "canvas-ags-score-post-response.json"));
        });
        var score = new Score
        {
            UserId = "20eb59f5-26e8-46bc-87b0-57ed54820aeb",
            ScoreGiven = 8.5m,
            ScoreMaximum = 10,
            Comment = "Well done.",
            Timestamp = new DateTimeOffset(2026, 3, 2, 10, 15, 30, 250, TimeSpan.FromHours(1)),
            ActivityProgress = ActivityProgress.Completed,
            GradingProgress = GradingProgress.FullyGraded,
        };

        var resultUrl = await _h.Grades.PostScoreAsync(_h.Platform, _h.Server.Url("/api/lti/courses/1/line_items/5?foo=bar"), score, CancellationToken.None);

        Assert.Equal(new Uri("http://canvas.docker/api/lti/courses/1/line_items/1/results/4"), resultUrl);
        var sent = JsonNode.Parse(Assert.Single(_h.Server.RequestsTo(scoresPath)).Body)!.AsObject();
        Assert.Equal("2026-03-02T10:15:30.250+01:00", sent["timestamp"]!.GetValue<string>());
        Assert.Equal(("Completed", "FullyGraded"), (sent["activityProgress"]!.GetValue<string>(), sent["gradingProgress"]!.GetValue<string>()));
        Assert.Equal((8.5m, 10m), (sent["scoreGiven"]!.GetValue<decimal>(), sent["scoreMaximum"]!.GetValue<decimal>()));
        Assert.Equal("20eb59f5-26e8-46bc-87b0-57ed54820aeb", sent["userId"]!.GetValue<string>());
        Assert.Equal(AgsScopes.Score, Assert.Single(_h.Tokens.Received).Fields["scope"]);
    }

    [Fact]
    public async Task PostScoreAsync_NoContentAnswer_ReturnsNull_AndOmitsUnsetMembers()
    {
        var scoresPath = LineItemsPath + "/31/scores";
        Serve("POST", scoresPath, AgsScopes.Score, _ => new PlatformResponse(204));

        var resultUrl = await _h.Grades.PostScoreAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/31/"), new Score
        {
            UserId = "u1",
            Timestamp = _h.Time.GetUtcNow(),
            ActivityProgress = ActivityProgress.Started,
            GradingProgress = GradingProgress.NotReady,
        }, CancellationToken.None);

        Assert.Null(resultUrl);
        var sent = JsonNode.Parse(Assert.Single(_h.Server.RequestsTo(scoresPath)).Body)!.AsObject();
        Assert.Equal(["activityProgress", "gradingProgress", "timestamp", "userId"], sent.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2026-03-02T09:00:00.000+00:00", sent["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostScoreAsync_ScoreGivenWithoutMaximum_IsRefusedBeforeAnyRequest()
    {
        var score = new Score { UserId = "u1", ScoreGiven = 3, Timestamp = _h.Time.GetUtcNow(), ActivityProgress = ActivityProgress.Completed, GradingProgress = GradingProgress.FullyGraded };

        await Assert.ThrowsAsync<ArgumentException>(() => _h.Grades.PostScoreAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/31"), score, CancellationToken.None));

        Assert.Empty(_h.Server.Requests);
    }

    [Fact]
    public async Task PostScoreAsync_Forbidden_SaysWhichScopeToGrant()
    {
        _h.Server.On("POST", LineItemsPath + "/31/scores", _ => PlatformResponse.Json("""{"errors":{"type":"forbidden","message":"Access token does not include the score scope"}}""", status: 403));
        var score = new Score { UserId = "u1", Timestamp = _h.Time.GetUtcNow(), ActivityProgress = ActivityProgress.Completed, GradingProgress = GradingProgress.Pending };

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.Grades.PostScoreAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/31"), score, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.Forbidden, 403), (ex.Code, ex.StatusCode));
        Assert.Contains(AgsScopes.Score, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Access token does not include the score scope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScoreAsync_TokenRevoked_RefreshesOnceAndPosts()
    {
        var scoresPath = LineItemsPath + "/31/scores";
        Serve("POST", scoresPath, AgsScopes.Score, _ => PlatformResponse.Json(Canvas("canvas-ags-score-post-response.json")));
        await _h.TokenClient.GetAccessTokenAsync(_h.Platform, [AgsScopes.Score], CancellationToken.None);
        _h.Tokens.Revoke("access-1");
        var score = new Score { UserId = "u1", ScoreGiven = 1, ScoreMaximum = 1, Timestamp = _h.Time.GetUtcNow(), ActivityProgress = ActivityProgress.Completed, GradingProgress = GradingProgress.FullyGraded };

        var resultUrl = await _h.Grades.PostScoreAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/31"), score, CancellationToken.None);

        Assert.Equal(_h.Server.Url(LineItemsPath + "/31/results/4"), resultUrl);
        Assert.Equal(["access-1", "access-2"], _h.Server.RequestsTo(scoresPath).Select(r => r.BearerToken));
        Assert.All(_h.Server.RequestsTo(scoresPath), r => Assert.Equal(r.Body, _h.Server.RequestsTo(scoresPath)[0].Body));
    }

    [Fact]
    public async Task GetResultsAsync_ForAUser_ReadsResultsFromTheResultsUrlWithUserIdKeepingTheQuery()
    {
        var resultsPath = "/api/lti/courses/1/line_items/1/results";
        Serve("GET", resultsPath, AgsScopes.ResultReadOnly, request =>
        {
            Assert.Equal(AgsMediaTypes.ResultContainer, request.Accept);
            return PlatformResponse.Json(ServiceFixtures.Text("pylti1p3", "canvas-ags-results-response.json"), AgsMediaTypes.ResultContainer);
        });

        var results = await _h.Grades.GetResultsAsync(
            _h.Platform, _h.Server.Url("/api/lti/courses/1/line_items/1?foo=bar"), "20eb59f5-26e8-46bc-87b0-57ed54820aeb", CancellationToken.None);

        var result = Assert.Single(results);
        Assert.Equal(("20eb59f5-26e8-46bc-87b0-57ed54820aeb", 13.0m, 100.0m), (result.UserId, result.ResultScore, result.ResultMaximum));
        Assert.Equal(new Uri("http://canvas.docker/api/lti/courses/1/line_items/1"), result.ScoreOf);
        var query = Assert.Single(_h.Server.RequestsTo(resultsPath)).Query;
        Assert.Equal(("bar", "20eb59f5-26e8-46bc-87b0-57ed54820aeb"), (query["foo"], query["user_id"]));
    }

    [Fact]
    public async Task GetResultsAsync_SpecExample_IsRead()
    {
        var resultsPath = LineItemsPath + "/1/results";
        Serve("GET", resultsPath, AgsScopes.ResultReadOnly, _ => new PlatformResponse(200, ContentType: AgsMediaTypes.ResultContainer)
        {
            RawBody = ServiceFixtures.Bytes("ltiadvantage-andyfmiller", "ResultContainer.json"),
        });

        var result = Assert.Single(await _h.Grades.GetResultsAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/1"), null, CancellationToken.None));

        Assert.Equal(("5323497", 0.83m, 1m, "This is exceptional work."), (result.UserId, result.ResultScore, result.ResultMaximum, result.Comment));
        Assert.Empty(Assert.Single(_h.Server.RequestsTo(resultsPath)).Query);
    }

    [Fact]
    public async Task GetLineItemAsync_NotFound_ThrowsNotFoundNamingTheUrl()
    {
        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => _h.Grades.GetLineItemAsync(_h.Platform, _h.Server.Url(LineItemsPath + "/404"), null, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.NotFound, 404), (ex.Code, ex.StatusCode));
        Assert.Equal(_h.Server.Url(LineItemsPath + "/404"), ex.RequestUrl);
    }

    [Fact]
    public async Task CreateLineItemAsync_429ThenSuccess_WaitsAndRetries()
    {
        var answers = 0;
        Serve("POST", LineItemsPath, AgsScopes.LineItem, _ => Interlocked.Increment(ref answers) == 1
            ? new PlatformResponse(429, "slow down", "text/plain").WithHeader("Retry-After", "2")
            : PlatformResponse.Json(Canvas("canvas-ags-lineitem-create-response.json"), AgsMediaTypes.LineItem, 201));

        var call = _h.Grades.CreateLineItemAsync(_h.Platform, LineItemsUrl, new LineItem { Label = "x", ScoreMaximum = 1 }, CancellationToken.None);
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.NotNull((await call.WaitAsync(TimeSpan.FromSeconds(10))).Id);
        Assert.Equal(2, _h.Server.RequestsTo(LineItemsPath).Count);
    }

    // The atomicjolt Canvas responses, pointed at the fake platform.
    private string Canvas(string file) =>
        ServiceFixtures.Text("atomicjolt", file).Replace("https://atomicjolt.instructure.com/", _h.Server.BaseUri.AbsoluteUri, StringComparison.Ordinal);

    private void Serve(string method, string path, string scope, Func<PlatformRequest, PlatformResponse> handler) =>
        _h.Server.On(method, path, request => _h.Tokens.Authorize(request, scope) ?? handler(request));
}
