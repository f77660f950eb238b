using Addin.Lti.Services;
using Addin.Lti.Services.Grades;
using Addin.Lti.Services.Tokens;

namespace Addin.Lti.Tests.Services;

public sealed class ServiceInternalsTests
{
    [Fact]
    public void LinkHeader_RealCanvasValue_HasCurrentFirstLastAndNoNext()
    {
        const string canvas = "<http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"current\",<http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"first\",<http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10>; rel=\"last\"";

        var links = LinkHeader.Parse(canvas);

        Assert.Equal(["current", "first", "last"], links.SelectMany(l => l.Rels));
        Assert.All(links, l => Assert.Equal("http://canvas.docker/api/lti/courses/1/names_and_roles?page=1&per_page=10", l.Target));
    }

    [Theory]
    [InlineData("<https://lms.test/m?p=2>; rel=\"next\"", "https://lms.test/m?p=2")]
    [InlineData("<https://lms.test/m?p=1>; rel=prev, <https://lms.test/m?p=3>; rel=next", "https://lms.test/m?p=3")]
    [InlineData("<https://lms.test/a,b>; title=\"x, y; z\"; rel=\"last next\"", "https://lms.test/a,b")]
    [InlineData("<https://lms.test/m?p=2>; REL=\"NEXT\"", "https://lms.test/m?p=2")]
    [InlineData("garbage, <https://lms.test/m?p=2>; rel=\"next\"", "https://lms.test/m?p=2")]
    [InlineData("</m?p=2>; rel=\"next\"", "https://lms.test/m?p=2")]
    public void LinkHeader_Next_IsFoundAndResolved(string header, string expected)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", header);

        Assert.Equal(new Uri(expected), LinkHeader.Find(response, new Uri("https://lms.test/m"), "next"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<https://lms.test/m?p=2>; rel=\"prev\"")]
    [InlineData("<https://lms.test/m?p=2")]
    public void LinkHeader_NoNext_IsNull(string header)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", header);

        Assert.Null(LinkHeader.Find(response, new Uri("https://lms.test/m"), "next"));
    }

    [Theory]
    [InlineData("https://lms.test/api/line_items/5?foo=bar", "scores", "https://lms.test/api/line_items/5/scores?foo=bar")]
    [InlineData("https://lms.test/api/line_items/5/", "results", "https://lms.test/api/line_items/5/results")]
    [InlineData("https://lms.test:8443/li/5?a=1&b=2#frag", "scores", "https://lms.test:8443/li/5/scores?a=1&b=2#frag")]
    public void AppendSegment_KeepsTheQueryAfterTheNewPath(string url, string segment, string expected)
    {
        Assert.Equal(expected, ServiceUrls.AppendSegment(new Uri(url), segment).AbsoluteUri);
    }

    [Fact]
    public void WithQuery_AddsEscapedParametersAfterTheExistingQuery()
    {
        var url = ServiceUrls.WithQuery(new Uri("https://lms.test/m?x=1"), ("role", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), ("limit", null), ("a b", "c&d"));

        Assert.Equal("?x=1&role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner&a%20b=c%26d", url.Query);
    }

    [Theory]
    [InlineData("https://lms.test/a", "https://lms.test:443/b", true)]
    [InlineData("https://lms.test/a", "http://lms.test/a", false)]
    [InlineData("https://lms.test/a", "https://lms.test:8443/a", false)]
    [InlineData("https://lms.test/a", "https://LMS.test/a", true)]
    [InlineData("https://lms.test/a", "https://lms.test.evil/a", false)]
    public void SameOrigin_ComparesSchemeHostAndPort(string a, string b, bool same)
    {
        Assert.Equal(same, ServiceUrls.SameOrigin(new Uri(a), new Uri(b)));
    }

    [Fact]
    public void Redact_DropsUserInfoQueryAndFragment()
    {
        Assert.Equal("https://lms.test/api/x", ServiceUrls.Redact(new Uri("https://u:p@lms.test/api/x?token=secret#f")).AbsoluteUri);
    }

    [Theory]
    [InlineData("""{"error":"invalid_scope","error_description":"nope"}""", "invalid_scope", "nope")]
    [InlineData("""{"errors":[{"message":"An error occurred."}]}""", null, "An error occurred.")]
    [InlineData("""{"errors":{"type":"unauthorized","message":"Invalid access token format"}}""", null, "Invalid access token format")]
    [InlineData("""{"type":"about:blank","title":"Bad Request","detail":"scoreMaximum missing"}""", null, "Bad Request; scoreMaximum missing")]
    [InlineData("<html><head><title>502 Bad Gateway</title></head><body>…</body></html>", null, "502 Bad Gateway")]
    [InlineData("plain\n  text", null, "plain text")]
    [InlineData("", null, null)]
    public void PlatformErrorText_Summarises(string body, string? error, string? description)
    {
        Assert.Equal((error, description), PlatformErrorText.Summarise(body));
    }

    [Fact]
    public void PlatformErrorText_BlanksTokensButKeepsHostNames()
    {
        var (_, description) = PlatformErrorText.Summarise("bad assertion eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl for canvas.instructure.com");

        Assert.Equal("bad assertion [token] for canvas.instructure.com", description);
    }

    [Fact]
    public void PlatformErrorText_LongText_IsCut()
    {
        var (_, description) = PlatformErrorText.Summarise(new string('x', 5000));

        Assert.True(description!.Length <= 301);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorId_IsTheCodeInUpperSnakeCase()
    {
        Assert.Equal("LTI_SERVICE_MISSING_TOKEN_ENDPOINT", new LtiServiceException(LtiServiceErrorCode.MissingTokenEndpoint, "m").ErrorId);
    }

    [Fact]
    public void ScopeString_IsSortedDistinctAndSpaceSeparated()
    {
        Assert.Equal("a b c", ServiceTokenClient.ScopeString(["c", "a", "b", "a"]));
    }

    [Fact]
    public void Options_OutOfRange_AreRefusedNamingTheSetting()
    {
        var options = new LtiServiceOptions { MaxPages = 0, MaxRetries = -1 };

        var ex = Assert.Throws<ArgumentException>(options.EnsureValid);

        Assert.Equal(["MaxRetries must be zero or more.", "MaxPages must be positive."], options.Validate());
        Assert.Contains("MaxPages must be positive", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { AgsScopes.LineItem, AgsScopes.LineItemReadOnly }, AgsScopes.LineItemReadOnly)]
    [InlineData(new[] { AgsScopes.LineItem, AgsScopes.Score }, AgsScopes.LineItem)]
    [InlineData(new string[0], AgsScopes.LineItemReadOnly)]
    public void ForReadingLineItems_PrefersReadOnly_FallsBackToTheFullScope(string[] granted, string expected)
    {
        Assert.Equal([expected], AgsScopes.ForReadingLineItems(granted));
    }
}
