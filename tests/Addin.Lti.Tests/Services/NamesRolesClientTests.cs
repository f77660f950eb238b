using System.Globalization;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Services;
using Addin.Lti.Services.NamesRoles;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Services;

public sealed class NamesRolesClientTests : IDisposable
{
    private const string MembershipsPath = "/api/lti/courses/1/names_and_roles";
    private const string Scope = NamesRolesConstants.ContextMembershipReadOnlyScope;

    private readonly ServiceHarness _h = new();

    public void Dispose() => _h.Dispose();

    private Uri MembershipsUrl => _h.Server.Url(MembershipsPath);

    [Fact]
    public async Task GetMembersAsync_ThreePagesLinkedByNext_ReturnsEveryMemberWithRolesMapped()
    {
        var page2 = _h.Server.Url(MembershipsPath + "?page=2&per_page=5");
        var page3 = _h.Server.Url(MembershipsPath + "?page=3&per_page=5");
        var differences = _h.Server.Url(MembershipsPath + "?since=1565603445");
        ServeMemberships(request => request.Query.GetValueOrDefault("page") switch
        {
            null => Page(ServiceFixtures.Text("atomicjolt", "canvas-nrps-membership-response.json"), (request.Url, "current"), (page2, "next"), (MembershipsUrl, "first"), (page3, "last")),
            "2" => Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"), (request.Url, "current"), (page3, "next"), (MembershipsUrl, "first"), (page3, "last")),
            _ => Page(ThirdPage, (request.Url, "current"), (MembershipsUrl, "first"), (page3, "last"), (differences, "differences")),
        });

        var membership = await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);

        Assert.Equal(3, _h.Server.RequestsTo(MembershipsPath).Count);
        Assert.Equal(new NamesRolesContext("af9b5e18fe251409be18e77253d918dcf22d156e", "Intro Geology", "Introduction to Geology - Ball"), membership.Context);
        Assert.Equal(9, membership.Members.Count); // 5 + 1 + 3; the member without user_id is skipped
        Assert.Equal(differences, membership.DifferencesUrl);

        var washington = membership.Members.Single(m => m.UserId == "cfca15d8-2958-4647-a33e-a7c4b2ddab2c");
        Assert.Equal(("George Washington", MemberStatus.Active), (washington.Name, washington.Status));
        Assert.True(washington.RoleSet.IsInstructor);
        Assert.False(washington.RoleSet.IsLearner);
        Assert.True(membership.Members.Single(m => m.UserId == "20eb59f5-26e8-46bc-87b0-57ed54820aeb").RoleSet.IsLearner);

        var ta = membership.Members.Single(m => m.UserId == "ta-1");
        Assert.Equal(LtiRoles.Parse(ta.Roles), ta.RoleSet);
        Assert.True(ta.RoleSet.IsTeachingAssistant && ta.RoleSet.IsInstructor);
        Assert.Equal(("Ada", "Lovelace", "ada@example.edu", "SIS-42"), (ta.GivenName, ta.FamilyName, ta.Email, ta.LisPersonSourcedId));
        Assert.Equal("https://example.edu/ada.png", ta.Picture);

        var mentor = membership.Members.Single(m => m.UserId == "mentor-1");
        Assert.Equal(MemberStatus.Inactive, mentor.Status);
        Assert.True(mentor.RoleSet.IsMentor);

        var bare = membership.Members.Single(m => m.UserId == "bare-1");
        Assert.Equal((MemberStatus.Active, 0), (bare.Status, bare.Roles.Count));
        Assert.Null(bare.Name);
        Assert.Equal(LtiRoles.None, bare.RoleSet);
    }

    [Fact]
    public async Task GetMembersAsync_EveryPage_SendsTheAcceptHeaderAndABearerTokenWithTheNrpsScope()
    {
        var page2 = _h.Server.Url(MembershipsPath + "?page=2");
        ServeMemberships(request => request.Query.ContainsKey("page")
            ? Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"))
            : Page(ServiceFixtures.Text("atomicjolt", "canvas-nrps-membership-response.json"), (page2, "next")));

        await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);

        var requests = _h.Server.RequestsTo(MembershipsPath);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(NamesRolesConstants.MembershipContainerMediaType, r.Accept));
        Assert.All(requests, r => Assert.Equal("access-1", r.BearerToken));
        Assert.Equal(Scope, Assert.Single(_h.Tokens.Received).Fields["scope"]);
    }

    [Fact]
    public async Task GetMembersAsync_RealCanvasLinkHeaderWithoutNext_ReadsOnePage()
    {
        var headers = JsonNode.Parse(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.headers.json"))!;
        var link = headers["Link"]!.GetValue<string>().Replace("http://canvas.docker/", _h.Server.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        ServeMemberships(_ => Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"))
            .WithHeader("Link", link)
            .WithHeader("ETag", headers["ETag"]!.GetValue<string>()));

        var membership = await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);

        Assert.Single(_h.Server.RequestsTo(MembershipsPath));
        Assert.Equal("20eb59f5-26e8-46bc-87b0-57ed54820aeb", Assert.Single(membership.Members).UserId);
        Assert.Equal(new NamesRolesContext("4dde05e8ca1973bcca9bffc13e1548820eee93a3", "Test", "Test"), membership.Context);
        Assert.Null(membership.DifferencesUrl);
    }

    [Fact]
    public async Task GetMembersAsync_RoleLimitAndResourceLink_AreSentInTheQueryString_KeepingTheUrlsOwnQuery()
    {
        ServeMemberships(_ => Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json")));
        var url = _h.Server.Url(MembershipsPath + "?section=7");

        await _h.NamesRoles.GetMembersAsync(
            _h.Platform, url, new NamesRolesQuery(Role: LtiRoleUris.Learner, Limit: 50, ResourceLinkId: "rl 1"), CancellationToken.None);

        var query = Assert.Single(_h.Server.RequestsTo(MembershipsPath)).Query;
        Assert.Equal("7", query["section"]);
        Assert.Equal(LtiRoleUris.Learner, query["role"]);
        Assert.Equal("50", query["limit"]);
        Assert.Equal("rl 1", query["rlid"]);
    }

    [Fact]
    public async Task GetDifferencesAsync_DifferencesUrl_ReturnsChangedAndDeletedMembers()
    {
        var differences = _h.Server.Url(MembershipsPath + "?since=1565603445");
        ServeMemberships(_ => Page("""
            {"id":"x","context":{"id":"c1"},"members":[
              {"user_id":"u1","status":"Deleted","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
              {"user_id":"u2","status":"Active","roles":["Instructor"]}]}
            """, (_h.Server.Url(MembershipsPath + "?since=1565609999"), "differences")));

        var changes = await _h.NamesRoles.GetDifferencesAsync(_h.Platform, differences, CancellationToken.None);

        Assert.Equal("1565603445", Assert.Single(_h.Server.RequestsTo(MembershipsPath)).Query["since"]);
        Assert.Equal([("u1", MemberStatus.Deleted), ("u2", MemberStatus.Active)], changes.Members.Select(m => (m.UserId, m.Status)));
        Assert.True(changes.Members[1].RoleSet.IsInstructor);
        Assert.Equal(_h.Server.Url(MembershipsPath + "?since=1565609999"), changes.DifferencesUrl);
    }

    [Fact]
    public async Task GetMembersAsync_NextLinkToAnotherOrigin_IsRefusedWithoutSendingTheToken()
    {
        using var other = new FakePlatformServer();
        ServeMemberships(_ => Page(ServiceFixtures.Text("atomicjolt", "canvas-nrps-membership-response.json"), (other.Url(MembershipsPath + "?page=2"), "next")));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.UnsafeLink, ex.Code);
        Assert.Contains(other.BaseUri.Authority, ex.Message, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task GetMembersAsync_DifferencesLinkToAnotherOrigin_IsDropped()
    {
        ServeMemberships(_ => Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"), (new Uri("https://evil.example/diff"), "differences")));

        var membership = await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);

        Assert.Null(membership.DifferencesUrl);
        Assert.Contains("another origin", _h.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMembersAsync_NextLinksInALoop_AreRefused()
    {
        var page2 = _h.Server.Url(MembershipsPath + "?page=2");
        ServeMemberships(request => request.Query.ContainsKey("page")
            ? Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"), (MembershipsUrl, "next"))
            : Page(ServiceFixtures.Text("atomicjolt", "canvas-nrps-membership-response.json"), (page2, "next")));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.PagingLoop, ex.Code);
        Assert.Equal(2, _h.Server.RequestsTo(MembershipsPath).Count);
    }

    [Fact]
    public async Task GetMembersAsync_EndlessDistinctPages_StopAtMaxPages()
    {
        using var h = new ServiceHarness(new LtiServiceOptions { MaxPages = 3 });
        h.Server.On("GET", MembershipsPath, request =>
        {
            var page = int.Parse(request.Query.GetValueOrDefault("page") ?? "1", CultureInfo.InvariantCulture);
            return Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json"), (h.Server.Url($"{MembershipsPath}?page={page + 1}"), "next"));
        });

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => h.NamesRoles.GetMembersAsync(h.Platform, h.Server.Url(MembershipsPath), NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.PagingLoop, ex.Code);
        Assert.Equal(3, h.Server.RequestsTo(MembershipsPath).Count);
    }

    [Fact]
    public async Task GetMembersAsync_TokenRevoked_401OnceThenRefreshedTokenSucceeds()
    {
        ServeMemberships(_ => Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json")));
        await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);
        _h.Tokens.Revoke("access-1");

        var membership = await _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);

        Assert.Single(membership.Members);
        Assert.Equal(["access-1", "access-1", "access-2"], _h.Server.RequestsTo(MembershipsPath).Select(r => r.BearerToken));
        Assert.Equal(2, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetMembersAsync_401EvenWithAFreshToken_ThrowsUnauthorized()
    {
        _h.Server.On("GET", MembershipsPath, _ => PlatformResponse.Json("""{"errors":[{"message":"Invalid access token"}]}""", status: 401));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.Unauthorized, 401), (ex.Code, ex.StatusCode));
        Assert.Equal("Invalid access token", ex.ErrorDescription);
        Assert.Equal(2, _h.Server.RequestsTo(MembershipsPath).Count);
        Assert.Equal(2, _h.Tokens.RequestCount);
    }

    [Fact]
    public async Task GetMembersAsync_429WithRetryAfterSeconds_WaitsThatLongOnTheClockThenSucceeds()
    {
        var answers = 0;
        ServeMemberships(_ => Interlocked.Increment(ref answers) == 1
            ? PlatformResponse.Json("""{"errors":[{"message":"Rate limit exceeded"}]}""", status: 429).WithHeader("Retry-After", "7")
            : Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json")));

        var call = _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(call.IsCompleted);
        Assert.Single(_h.Server.RequestsTo(MembershipsPath));
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var membership = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(membership.Members);
        Assert.Equal(2, _h.Server.RequestsTo(MembershipsPath).Count);
    }

    [Fact]
    public async Task GetMembersAsync_503WithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        var answers = 0;
        var retryAt = _h.Time.GetUtcNow().AddSeconds(20);
        ServeMemberships(_ => Interlocked.Increment(ref answers) == 1
            ? new PlatformResponse(503, "Service Unavailable", "text/plain").WithHeader("Retry-After", retryAt.ToString("r", CultureInfo.InvariantCulture))
            : Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json")));

        var call = _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(19));
        Assert.False(call.IsCompleted);
        _h.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Single((await call.WaitAsync(TimeSpan.FromSeconds(10))).Members);
    }

    [Fact]
    public async Task GetMembersAsync_503WithoutRetryAfter_BacksOffFromTheDefaultWait()
    {
        var answers = 0;
        ServeMemberships(_ => Interlocked.Increment(ref answers) <= 2
            ? new PlatformResponse(503, "busy", "text/plain")
            : Page(ServiceFixtures.Text("pylti1p3", "canvas-nrps-membership-response.json")));

        var call = _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(2));
        await _h.Time.WaitForTimerAsync();
        _h.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(call.IsCompleted); // the second wait is 4 s
        _h.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Single((await call.WaitAsync(TimeSpan.FromSeconds(10))).Members);
    }

    [Fact]
    public async Task GetMembersAsync_RetryAfterLongerThanTheMaxWait_FailsAtOnceSayingHowLong()
    {
        ServeMemberships(_ => new PlatformResponse(429, "slow down", "text/plain").WithHeader("Retry-After", "3600"));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.RateLimited, 429), (ex.Code, ex.StatusCode));
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.Single(_h.Server.RequestsTo(MembershipsPath));
    }

    [Fact]
    public async Task GetMembersAsync_StillRateLimitedAfterMaxRetries_Throws()
    {
        ServeMemberships(_ => new PlatformResponse(429, "slow down", "text/plain").WithHeader("Retry-After", "1"));

        var call = _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await _h.Time.WaitForTimerAsync();
            _h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var ex = await Assert.ThrowsAsync<LtiServiceException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(LtiServiceErrorCode.RateLimited, ex.Code);
        Assert.Equal(4, _h.Server.RequestsTo(MembershipsPath).Count);
    }

    [Fact]
    public async Task GetMembersAsync_500_ThrowsWithUrlWithoutQueryStatusAndThePlatformsText()
    {
        _h.Server.On("GET", MembershipsPath, _ => PlatformResponse.Json("""{"errors":[{"message":"An error occurred.","error_code":"internal_server_error"}],"error_report_id":"1234"}""", status: 500));
        var url = _h.Server.Url(MembershipsPath + "?signature=s3cr3t");

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, url, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.PlatformError, 500), (ex.Code, ex.StatusCode));
        Assert.Equal(_h.Server.Url(MembershipsPath), ex.RequestUrl);
        Assert.Contains(MembershipsPath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("An error occurred.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", _h.Logs.All, StringComparison.Ordinal);
        Assert.Single(_h.Server.RequestsTo(MembershipsPath));
    }

    [Fact]
    public async Task GetMembersAsync_403_SaysWhichScopeToGrant()
    {
        _h.Server.On("GET", MembershipsPath, _ => PlatformResponse.Json("""{"errors":[{"message":"Insufficient scopes"}]}""", status: 403));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.Forbidden, ex.Code);
        Assert.Contains(Scope, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMembersAsync_BodyNotJson_ThrowsInvalidResponse()
    {
        ServeMemberships(_ => new PlatformResponse(200, "<html>Log in</html>", "text/html"));

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, MembershipsUrl, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal(LtiServiceErrorCode.InvalidResponse, ex.Code);
    }

    [Fact]
    public async Task GetMembersAsync_PlatformUnreachable_ThrowsUnreachable()
    {
        var closed = new Uri($"http://127.0.0.1:{TestJwksServer.FreePort()}{MembershipsPath}");

        var ex = await Assert.ThrowsAsync<LtiServiceException>(
            () => _h.NamesRoles.GetMembersAsync(_h.Platform, closed, NamesRolesQuery.All, CancellationToken.None));

        Assert.Equal((LtiServiceErrorCode.Unreachable, null), (ex.Code, ex.StatusCode));
    }

    private const string ThirdPage = """
        {
          "id": "http://canvas.docker/api/lti/courses/1/names_and_roles",
          "members": [
            {
              "status": "Active", "user_id": "ta-1", "name": "Ada Lovelace", "given_name": "Ada", "family_name": "Lovelace",
              "email": "ada@example.edu", "picture": "https://example.edu/ada.png", "lis_person_sourcedid": "SIS-42",
              "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor", "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"]
            },
            { "status": "Inactive", "user_id": "mentor-1", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"] },
            { "user_id": "bare-1" },
            { "status": "Active", "name": "No Id", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"] }
          ]
        }
        """;

    private void ServeMemberships(Func<PlatformRequest, PlatformResponse> page) =>
        _h.Server.On("GET", MembershipsPath, request => _h.Tokens.Authorize(request, Scope) ?? page(request));

    private static PlatformResponse Page(string body, params (Uri Url, string Rel)[] links)
    {
        var response = PlatformResponse.Json(body, NamesRolesConstants.MembershipContainerMediaType + "; charset=utf-8");
        return links.Length == 0 ? response : response.WithHeader("Link", ServiceFixtures.CanvasLinks(links));
    }
}
