using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Platform;
using Addin.Lti.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Tests.DeepLinking;

public sealed class DeepLinkingResponseBuilderTests : IDisposable
{
    private readonly DeepLinkingSetup _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task Build_TwoRecordings_SignsEveryRequiredClaim()
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(dataJson: "\"csrf-123\""));
        var second = DeepLinkingSetup.Recording("Week 2 lecture", "rec-2") with
        {
            LineItem = new DeepLinkingLineItem(10m) { Label = "Week 2 questions", ResourceId = "rec-2", Tag = "review-questions" },
            Window = new DeepLinkingWindow { TargetName = "addin", Width = 800, Height = 600 },
            Iframe = new DeepLinkingIframe(800, 600),
            Icon = new DeepLinkingImage(new Uri("https://tool.test/icon.png"), 32, 32),
            Thumbnail = new DeepLinkingImage(new Uri("https://tool.test/thumbs/rec-2.png")),
        };

        var response = await _s.BuildAsync(context, DeepLinkingSetup.Recording(), second);

        var current = await _s.Ring.GetCurrentAsync(CancellationToken.None);
        Assert.Equal(new Uri("https://platform.test/deep_links?course=1"), response.ReturnUrl);
        using var header = Part(response.Jwt, 0);
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal(current.KeyId, header.RootElement.GetProperty("kid").GetString());
        using var payload = Part(response.Jwt, 1);
        var p = payload.RootElement;
        var now = _s.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(DeepLinkingSetup.ClientId, p.GetProperty("iss").GetString());
        Assert.Equal(DeepLinkingSetup.PlatformIssuer, p.GetProperty("aud").GetString());
        Assert.Equal(DeepLinkingSetup.ClientId, p.GetProperty("azp").GetString());
        Assert.Equal(now, p.GetProperty("iat").GetInt64());
        Assert.Equal(now + 300, p.GetProperty("exp").GetInt64());
        Assert.True(p.GetProperty("nonce").GetString()!.Length >= 32);
        Assert.Equal(DeepLinkingSetup.DeploymentId, p.GetProperty(LtiClaimNames.DeploymentId).GetString());
        Assert.Equal("LtiDeepLinkingResponse", p.GetProperty(LtiClaimNames.MessageType).GetString());
        Assert.Equal("1.3.0", p.GetProperty(LtiClaimNames.Version).GetString());
        Assert.Equal("csrf-123", p.GetProperty(LtiClaimNames.DeepLinkingData).GetString());
        Assert.False(p.TryGetProperty(LtiClaimNames.DeepLinkingMessage, out _));

        var items = p.GetProperty(LtiClaimNames.DeepLinkingContentItems).EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(
            """{"type":"ltiResourceLink","title":"Week 1 lecture","text":"Recorded on 2 March","url":"https://tool.test/lti/recordings/rec-1","custom":{"recording_id":"rec-1","context_history":"$Context.id.history"}}""",
            items[0].GetRawText());
        var item = items[1];
        Assert.Equal(10m, item.GetProperty("lineItem").GetProperty("scoreMaximum").GetDecimal());
        Assert.Equal("Week 2 questions", item.GetProperty("lineItem").GetProperty("label").GetString());
        Assert.Equal("rec-2", item.GetProperty("lineItem").GetProperty("resourceId").GetString());
        Assert.Equal("review-questions", item.GetProperty("lineItem").GetProperty("tag").GetString());
        Assert.Equal("addin", item.GetProperty("window").GetProperty("targetName").GetString());
        Assert.Equal(600, item.GetProperty("iframe").GetProperty("height").GetInt32());
        Assert.Equal("https://tool.test/icon.png", item.GetProperty("icon").GetProperty("url").GetString());
        Assert.Equal(32, item.GetProperty("icon").GetProperty("width").GetInt32());
        Assert.False(item.GetProperty("thumbnail").TryGetProperty("width", out _));
    }

    [Fact]
    public async Task Build_Response_VerifiesWithThePublishedJwks()
    {
        var response = await _s.BuildAsync(DeepLinkingSetup.Context(), DeepLinkingSetup.Recording());

        var keySet = new JsonWebKeySet(await _s.Ring.GetJwksJsonAsync(CancellationToken.None));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(response.Jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidIssuer = DeepLinkingSetup.ClientId,
            ValidAudience = DeepLinkingSetup.PlatformIssuer,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateLifetime = false,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Theory]
    [InlineData("\"plain\"")]
    [InlineData("\"csrftoken:c7fbba78 é ü 漢字 \\\"quoted\\\" <b>&amp;</b> +/= \\u2028 \\\\ end\"")]
    [InlineData("\"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJub25jZSI6IjJjNzEifQ.oLJ-mERLRbnPrXKl\"")]
    [InlineData("\"\"")]
    public async Task Build_DataFromRequest_IsEchoedExactly(string dataJson)
    {
        var settings = DeepLinkingSetup.Settings(dataJson: dataJson);

        var response = await _s.BuildAsync(DeepLinkingSetup.Context(settings), DeepLinkingSetup.Recording());

        using var payload = Part(response.Jwt, 1);
        var echoed = payload.RootElement.GetProperty(LtiClaimNames.DeepLinkingData).GetString();
        Assert.Equal(settings.Data!.Value.GetString(), echoed, StringComparer.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(settings.Data.Value.GetString()!), Encoding.UTF8.GetBytes(echoed!));
    }

    [Fact]
    public async Task Build_NonStringData_IsEchoedAsTheSameJson()
    {
        var response = await _s.BuildAsync(DeepLinkingSetup.Context(DeepLinkingSetup.Settings(dataJson: """{"a":[1,2.50,"x"],"b":null}""")), DeepLinkingSetup.Recording());

        using var payload = Part(response.Jwt, 1);
        Assert.Equal("""{"a":[1,2.50,"x"],"b":null}""", payload.RootElement.GetProperty(LtiClaimNames.DeepLinkingData).GetRawText());
    }

    [Fact]
    public async Task Build_NoDataInRequest_SendsNoDataClaim()
    {
        var response = await _s.BuildAsync(DeepLinkingSetup.Context(), DeepLinkingSetup.Recording());

        using var payload = Part(response.Jwt, 1);
        Assert.False(payload.RootElement.TryGetProperty(LtiClaimNames.DeepLinkingData, out _));
    }

    [Fact]
    public async Task Build_NoItems_SendsAnEmptyListWithMessages()
    {
        var key = await _s.Ring.GetCurrentAsync(CancellationToken.None);

        var response = _s.Builder.Build(
            DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptMultiple: false)),
            key,
            [],
            new DeepLinkingMessages { Message = "Nothing chosen", Log = "cancelled", ErrorMessage = "e", ErrorLog = "el" });

        using var payload = Part(response.Jwt, 1);
        var p = payload.RootElement;
        Assert.Equal(0, p.GetProperty(LtiClaimNames.DeepLinkingContentItems).GetArrayLength());
        Assert.Equal("Nothing chosen", p.GetProperty(LtiClaimNames.DeepLinkingMessage).GetString());
        Assert.Equal("cancelled", p.GetProperty(LtiClaimNames.DeepLinkingLog).GetString());
        Assert.Equal("e", p.GetProperty(LtiClaimNames.DeepLinkingErrorMessage).GetString());
        Assert.Equal("el", p.GetProperty(LtiClaimNames.DeepLinkingErrorLog).GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task Build_TwoItemsWhenMultipleNotAccepted_RefusedMultipleNotAccepted(bool? acceptMultiple)
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptMultiple: acceptMultiple));

        var ex = await Assert.ThrowsAsync<DeepLinkingException>(() =>
            _s.BuildAsync(context, DeepLinkingSetup.Recording(), DeepLinkingSetup.Recording("Week 2", "rec-2")));

        Assert.Equal(DeepLinkingErrorCode.MultipleNotAccepted, ex.Code);
        Assert.Contains("2 were chosen", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task Build_OneItemWhenMultipleNotAccepted_IsBuilt(bool? acceptMultiple)
    {
        var response = await _s.BuildAsync(DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptMultiple: acceptMultiple)), DeepLinkingSetup.Recording());

        Assert.NotEmpty(response.Jwt);
    }

    [Fact]
    public async Task Build_TypeNotAccepted_RefusedNamingWhatIsAccepted()
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptTypes: ["link", "html"]));

        var ex = await Assert.ThrowsAsync<DeepLinkingException>(() => _s.BuildAsync(context, DeepLinkingSetup.Recording()));

        Assert.Equal(DeepLinkingErrorCode.TypeNotAccepted, ex.Code);
        Assert.Contains("link, html", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ltiResourceLink", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_LineItemWhenPlatformIgnoresThem_RefusedLineItemNotAccepted()
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptLineItem: false));
        var graded = DeepLinkingSetup.Recording() with { LineItem = new DeepLinkingLineItem(5m) };

        var ex = await Assert.ThrowsAsync<DeepLinkingException>(() => _s.BuildAsync(context, graded));

        Assert.Equal(DeepLinkingErrorCode.LineItemNotAccepted, ex.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public async Task Build_LineItemWhenPlatformDoesNotRefuseThem_IsSent(bool? acceptLineItem)
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptLineItem: acceptLineItem));

        var response = await _s.BuildAsync(context, DeepLinkingSetup.Recording() with { LineItem = new DeepLinkingLineItem(5m) });

        using var payload = Part(response.Jwt, 1);
        Assert.Equal(5, payload.RootElement.GetProperty(LtiClaimNames.DeepLinkingContentItems)[0].GetProperty("lineItem").GetProperty("scoreMaximum").GetInt32());
    }

    public static TheoryData<LtiResourceLinkItem, string> InvalidItems() => new()
    {
        { DeepLinkingSetup.Recording() with { Title = " " }, "no title" },
        { DeepLinkingSetup.Recording() with { LineItem = new DeepLinkingLineItem(0m) }, "scoreMaximum 0" },
        { DeepLinkingSetup.Recording() with { Url = new Uri("/relative", UriKind.Relative) }, "not an absolute http(s) URL" },
        { DeepLinkingSetup.Recording() with { Url = new Uri("ftp://tool.test/x") }, "not an absolute http(s) URL" },
        { DeepLinkingSetup.Recording() with { Custom = new Dictionary<string, string> { ["x"] = null! } }, "custom parameter" },
        { DeepLinkingSetup.Recording() with { Iframe = new DeepLinkingIframe(0, 300) }, "size" },
        { DeepLinkingSetup.Recording() with { Icon = new DeepLinkingImage(new Uri("data:image/png;base64,AA==")) }, "icon" },
    };

    [Theory]
    [MemberData(nameof(InvalidItems))]
    public async Task Build_InvalidItem_RefusedInvalidItemSayingWhy(LtiResourceLinkItem item, string expected)
    {
        var ex = await Assert.ThrowsAsync<DeepLinkingException>(() => _s.BuildAsync(DeepLinkingSetup.Context(), item));

        Assert.Equal(DeepLinkingErrorCode.InvalidItem, ex.Code);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FromResourceLinkLaunch_RefusedNotADeepLinkingRequest()
    {
        using var h = new LaunchHarness();
        var login = await h.BeginLoginAsync();
        var launch = await h.LaunchAsync(h.TokenFor(login).Sign(LaunchHarness.PlatformKey), login);
        var key = await _s.Ring.GetCurrentAsync(CancellationToken.None);

        var ex = Assert.Throws<DeepLinkingException>(() => _s.Builder.Build(launch, key, [DeepLinkingSetup.Recording()]));

        Assert.Equal(DeepLinkingErrorCode.NotADeepLinkingRequest, ex.Code);
    }

    [Fact]
    public async Task Build_FromDeepLinkingLaunch_AnswersThatPlatformAndDeployment()
    {
        using var h = new LaunchHarness();
        var login = await h.BeginLoginAsync();
        var token = h.TokenFor(login)
            .WithMessageType(LtiMessageTypes.DeepLinkingRequest)
            .WithResourceLink(null)
            .WithClaim(LtiClaimNames.DeepLinkingSettings, System.Text.Json.Nodes.JsonNode.Parse("""{"deep_link_return_url":"https://platform.test/dl","accept_types":["ltiResourceLink"],"data":"d-1"}"""))
            .Sign(LaunchHarness.PlatformKey);
        var launch = await h.LaunchAsync(token, login);

        var response = _s.Builder.Build(launch, await _s.Ring.GetCurrentAsync(CancellationToken.None), [DeepLinkingSetup.Recording()]);

        using var payload = Part(response.Jwt, 1);
        Assert.Equal(LaunchHarness.DefaultIssuer, payload.RootElement.GetProperty("aud").GetString());
        Assert.Equal(LaunchHarness.DefaultClientId, payload.RootElement.GetProperty("iss").GetString());
        Assert.Equal(LaunchHarness.DefaultDeploymentId, payload.RootElement.GetProperty(LtiClaimNames.DeploymentId).GetString());
        Assert.Equal("d-1", payload.RootElement.GetProperty(LtiClaimNames.DeepLinkingData).GetString());
        Assert.Equal(new Uri("https://platform.test/dl"), response.ReturnUrl);
    }

    [Fact]
    public async Task Response_PostedWithFormPost_CarriesTheJwtFieldAndNoJwtInToString()
    {
        var response = await _s.BuildAsync(DeepLinkingSetup.Context(), DeepLinkingSetup.Recording());

        var html = FormPost.Render(response.ReturnUrl, response.FormFields);

        Assert.Contains("action=\"https://platform.test/deep_links?course=1\"", html.Replace("&#x3F;", "?", StringComparison.Ordinal).Replace("&#x3D;", "=", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("name=\"JWT\"", html, StringComparison.Ordinal);
        Assert.Contains(response.Jwt.Split('.')[2], html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Jwt, response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_RoundTripThroughJson_KeepsData()
    {
        var context = DeepLinkingSetup.Context(DeepLinkingSetup.Settings(acceptLineItem: true, dataJson: "\"opaque é\""));

        var restored = JsonSerializer.Deserialize<DeepLinkingContext>(JsonSerializer.Serialize(context))!;

        Assert.Equal("opaque é", restored.Settings.Data?.GetString());
        Assert.Equal(context.Settings.DeepLinkReturnUrl, restored.Settings.DeepLinkReturnUrl);
        Assert.Equal(context.Settings.AcceptTypes, restored.Settings.AcceptTypes);
        Assert.True(restored.Settings.AcceptLineItem);
        Assert.Equal(context.ClientId, restored.ClientId);
    }

    internal static JsonDocument Part(string jwt, int index) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[index]));
}
