using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>LtiDeepLinkingRequest launches (Deep Linking 2.0 §4.4) and the service claims read with every launch.</summary>
public sealed class DeepLinkingRequestTests : IDisposable
{
    private const string ReturnUrl = "https://platform.test/deep_links?course=1";

    private readonly LaunchHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task ValidateAsync_ReferenceImplementationRequest_ReadsEverySetting()
    {
        using var h = new LaunchHarness(new HarnessOptions
        {
            Issuer = "http://imsglobal.org",
            ClientId = "pytest12345",
            DeploymentIds = new HashSet<string> { "py1234" },
            ToolBase = new Uri("http://lti.django.test/launch/"),
        });
        var login = await h.BeginLoginAsync("http://lti.django.test/launch/");
        var payload = FixturePayloads.Load(FixturePaths.Lti("pylti1p3", "imsri-deep-linking-request.jwt-payload.json"));

        var launch = await h.LaunchAsync(FixturePayloads.SignFor(h, login, payload), login);

        var settings = Assert.IsType<LtiDeepLinkingSettings>(launch.DeepLinking);
        Assert.Equal(new Uri("https://lti-ri.imsglobal.org/platforms/370/contexts/422/deep_links"), settings.DeepLinkReturnUrl);
        Assert.Equal(["link", "file", "html", "ltiResourceLink", "image"], settings.AcceptTypes);
        Assert.Equal(["iframe", "window", "embed"], settings.AcceptPresentationDocumentTargets);
        Assert.Equal(["image/*", "text/html"], settings.AcceptMediaTypes);
        Assert.True(settings.AcceptMultiple);
        Assert.True(settings.AutoCreate);
        Assert.True(settings.Accepts("ltiResourceLink"));
        Assert.False(settings.Accepts("LtiResourceLink"));
        Assert.Equal("Some random opaque data that MUST be sent back", settings.Data?.GetString());
        Assert.Equal("This is the default title", settings.Title);
        Assert.Equal("This is the default text", settings.Text);
    }

    [Fact]
    public async Task ValidateAsync_RealCanvasRequestFromAssignmentSelection_ReadsSingleItemSettingsAndGrades()
    {
        using var h = new LaunchHarness(new HarnessOptions
        {
            Issuer = "https://canvas.home.russfeld.me",
            ClientId = "10000000000019",
            DeploymentIds = new HashSet<string> { "25:8865aa05b4b79b64a91a86042e43af5ea8ae79eb" },
            ToolBase = new Uri("https://ltidemo.home.russfeld.me/lti/"),
        });
        var login = await h.BeginLoginAsync("https://ltidemo.home.russfeld.me/lti/provider/launch");
        var payload = JsObjectFixture.Load(FixturePaths.Lti("altcs-lti-toolkit", "deeplink--sample-lti-deeplink-message-from-canvas.js-object.txt"));

        var launch = await h.LaunchAsync(FixturePayloads.SignFor(h, login, payload), login);

        Assert.Equal(LtiMessageTypes.DeepLinkingRequest, launch.MessageType);
        Assert.True(launch.RoleSet.IsInstructor);
        var settings = Assert.IsType<LtiDeepLinkingSettings>(launch.DeepLinking);
        Assert.StartsWith("https://canvas.home.russfeld.me/courses/6/deep_linking_response?data=", settings.DeepLinkReturnUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(["ltiResourceLink"], settings.AcceptTypes);
        Assert.Equal(["application/vnd.ims.lti.v1.ltilink"], settings.AcceptMediaTypes);
        Assert.False(settings.AcceptMultiple);
        Assert.False(settings.AutoCreate);
        Assert.Null(settings.AcceptLineItem);
        Assert.Null(settings.Data);
        Assert.Empty(launch.Custom);
        Assert.Null(launch.NamesRoles);
        Assert.Equal([LtiScopes.AgsScore], launch.Grades?.Scopes);
        Assert.Equal(new Uri("http://canvas.home.russfeld.me/api/lti/courses/6/line_items"), launch.Grades?.LineItems);
    }

    [Fact]
    public async Task ValidateAsync_MinimalRequest_IsAcceptedWithoutResourceLinkOrTargetLinkUri()
    {
        var login = await _h.BeginLoginAsync();

        var launch = await _h.LaunchAsync(Request(login).WithTargetLinkUri(null).Sign(LaunchHarness.PlatformKey), login);

        Assert.Null(launch.ResourceLink);
        Assert.Equal(new Uri(ReturnUrl), launch.DeepLinking?.DeepLinkReturnUrl);
        Assert.Null(launch.DeepLinking?.AcceptMultiple);
        Assert.Equal(login.TargetLinkUri, launch.TargetLinkUri);
    }

    [Fact]
    public async Task ValidateAsync_SettingsWrittenByIdTokenBuilder_AreReadBackUnchanged()
    {
        var login = await _h.BeginLoginAsync();
        var sent = new LtiDeepLinkingSettings
        {
            DeepLinkReturnUrl = new Uri(ReturnUrl),
            AcceptTypes = ["ltiResourceLink", "link"],
            AcceptPresentationDocumentTargets = ["iframe", "window"],
            AcceptMediaTypes = ["image/*", "text/html"],
            AcceptMultiple = false,
            AcceptLineItem = true,
            AutoCreate = true,
            Title = "Suggested title",
            Text = "Suggested text",
            Data = System.Text.Json.JsonDocument.Parse("{\"course\":7,\"who\":\"a\"}").RootElement,
        };
        var token = _h.TokenFor(login)
            .WithMessageType(LtiMessageTypes.DeepLinkingRequest)
            .WithResourceLink(null)
            .WithRoles(LtiRoleUris.Instructor)
            .WithDeepLinkingSettings(sent)
            .Sign(LaunchHarness.PlatformKey);

        var read = (await _h.LaunchAsync(token, login)).DeepLinking;

        Assert.NotNull(read);
        Assert.Equal(sent.DeepLinkReturnUrl, read.DeepLinkReturnUrl);
        Assert.Equal(sent.AcceptTypes, read.AcceptTypes);
        Assert.Equal(sent.AcceptPresentationDocumentTargets, read.AcceptPresentationDocumentTargets);
        Assert.Equal(sent.AcceptMediaTypes, read.AcceptMediaTypes);
        Assert.False(read.AcceptMultiple);
        Assert.True(read.AcceptLineItem);
        Assert.True(read.AutoCreate);
        Assert.Equal(("Suggested title", "Suggested text"), (read.Title, read.Text));
        Assert.Equal("{\"course\":7,\"who\":\"a\"}", read.Data?.GetRawText());
    }

    [Fact]
    public async Task ValidateAsync_FlagsSentAsStrings_AreRead()
    {
        var login = await _h.BeginLoginAsync();
        var settings = Settings();
        settings["accept_multiple"] = "true";
        settings["accept_lineitem"] = "false";
        settings["auto_create"] = "true";

        var launch = await _h.LaunchAsync(Request(login, settings).Sign(LaunchHarness.PlatformKey), login);

        Assert.True(launch.DeepLinking?.AcceptMultiple);
        Assert.False(launch.DeepLinking?.AcceptLineItem);
        Assert.True(launch.DeepLinking?.AutoCreate);
    }

    [Fact]
    public async Task ValidateAsync_NoSettingsClaim_RefusedMissingDeepLinkingSettings()
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(Request(login).WithoutClaim(LtiClaimNames.DeepLinkingSettings).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.MissingDeepLinkingSettings, ex.Code);
        Assert.Equal("LTI_MISSING_DEEP_LINKING_SETTINGS", ex.ErrorId);
        Assert.Equal(400, ex.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ValidateAsync_NoReturnUrl_RefusedMissingDeepLinkReturnUrl(string? returnUrl)
    {
        var login = await _h.BeginLoginAsync();
        var settings = Settings();
        settings["deep_link_return_url"] = returnUrl;

        var ex = await _h.RefusedAsync(Request(login, settings).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.MissingDeepLinkReturnUrl, ex.Code);
    }

    [Theory]
    [InlineData("/deep_links")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://platform.test/deep_links")]
    [InlineData("https://user:secret@platform.test/deep_links")]
    public async Task ValidateAsync_ReturnUrlNotAbsoluteHttp_RefusedInvalidDeepLinkReturnUrl(string returnUrl)
    {
        var login = await _h.BeginLoginAsync();
        var settings = Settings();
        settings["deep_link_return_url"] = returnUrl;

        var ex = await _h.RefusedAsync(Request(login, settings).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.InvalidDeepLinkReturnUrl, ex.Code);
    }

    public static TheoryData<JsonNode?> EmptyAcceptTypes() => new([null, new JsonArray(), new JsonArray("", " ")]);

    [Theory]
    [MemberData(nameof(EmptyAcceptTypes))]
    public async Task ValidateAsync_NoAcceptTypes_RefusedMissingAcceptTypes(JsonNode? acceptTypes)
    {
        var login = await _h.BeginLoginAsync();
        var settings = Settings();
        settings["accept_types"] = acceptTypes?.DeepClone();

        var ex = await _h.RefusedAsync(Request(login, settings).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.MissingAcceptTypes, ex.Code);
    }

    public static TheoryData<string, JsonNode?> MalformedSettings() => new()
    {
        { "deep_linking_settings", "not an object" },
        { "accept_types", 42 },
        { "accept_multiple", "maybe" },
        { "accept_lineitem", 1 },
        { "deep_link_return_url", new JsonObject() },
    };

    [Theory]
    [MemberData(nameof(MalformedSettings))]
    public async Task ValidateAsync_MalformedSetting_RefusedInvalidClaimNamingIt(string member, JsonNode? value)
    {
        var login = await _h.BeginLoginAsync();
        var builder = member == "deep_linking_settings"
            ? Request(login).WithClaim(LtiClaimNames.DeepLinkingSettings, value?.DeepClone())
            : Request(login, WithMember(Settings(), member, value));

        var ex = await _h.RefusedAsync(builder.Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.InvalidClaim, ex.Code);
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_NoSubject_RefusedMissingSubject()
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(Request(login).WithoutClaim(LtiClaimNames.Subject).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.MissingSubject, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_NoRolesClaim_RefusedMissingRoles()
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(Request(login).WithoutClaim(LtiClaimNames.Roles).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.MissingRoles, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_TargetLinkUriOutsideTool_RefusedInvalidTargetLinkUri()
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(Request(login).WithTargetLinkUri("https://evil.example/pick").Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.InvalidTargetLinkUri, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_ResourceLinkLaunchCarryingSettings_HasNoDeepLinkingSettings()
    {
        var login = await _h.BeginLoginAsync();

        var launch = await _h.LaunchAsync(_h.TokenFor(login).WithClaim(LtiClaimNames.DeepLinkingSettings, Settings()).Sign(LaunchHarness.PlatformKey), login);

        Assert.Null(launch.DeepLinking);
    }

    [Fact]
    public async Task ValidateAsync_ServiceClaims_AreRead()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim(LtiClaimNames.NamesRoleService, new JsonObject
            {
                ["context_memberships_url"] = "https://platform.test/courses/1/memberships",
                ["service_versions"] = new JsonArray("2.0"),
            })
            .WithClaim(LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject
            {
                ["scope"] = new JsonArray(LtiScopes.AgsLineItem, LtiScopes.AgsScore),
                ["lineitems"] = "https://platform.test/courses/1/lineitems",
                ["lineitem"] = "https://platform.test/courses/1/lineitems/7",
            })
            .Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal(new Uri("https://platform.test/courses/1/memberships"), launch.NamesRoles?.ContextMembershipsUrl);
        Assert.Equal(["2.0"], launch.NamesRoles?.ServiceVersions);
        Assert.Equal([LtiScopes.AgsLineItem, LtiScopes.AgsScore], launch.Grades?.Scopes);
        Assert.Equal(new Uri("https://platform.test/courses/1/lineitems/7"), launch.Grades?.LineItem);
    }

    [Fact]
    public async Task ValidateAsync_GradeClaimWithoutScope_ReadsAsGrantingNone()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login)
            .WithClaim(LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject { ["lineitems"] = "https://platform.test/courses/1/lineitems" })
            .Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Empty(launch.Grades!.Scopes);
        Assert.False(launch.Grades.Allows(LtiScopes.AgsScore));
    }

    public static TheoryData<string, JsonNode?> MalformedServiceClaims() => new()
    {
        { LtiClaimNames.NamesRoleService, "https://platform.test/memberships" },
        { LtiClaimNames.NamesRoleService, new JsonObject { ["service_versions"] = new JsonArray("2.0") } },
        { LtiClaimNames.NamesRoleService, new JsonObject { ["context_memberships_url"] = "/courses/1/memberships" } },
        { LtiClaimNames.NamesRoleService, new JsonObject { ["context_memberships_url"] = "https://platform.test/m", ["service_versions"] = 2 } },
        { LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonArray() },
        { LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject { ["scope"] = 5 } },
        { LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject { ["scope"] = new JsonArray(LtiScopes.AgsScore), ["lineitems"] = "lineitems" } },
        { LtiClaimNames.AssignmentGradeServiceEndpoint, new JsonObject { ["scope"] = new JsonArray(LtiScopes.AgsScore), ["lineitem"] = 7 } },
    };

    [Theory]
    [MemberData(nameof(MalformedServiceClaims))]
    public async Task ValidateAsync_MalformedServiceClaim_RefusedInvalidClaimNamingIt(string claim, JsonNode? value)
    {
        var login = await _h.BeginLoginAsync();

        var ex = await _h.RefusedAsync(_h.TokenFor(login).WithClaim(claim, value?.DeepClone()).Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.InvalidClaim, ex.Code);
        Assert.Contains(claim, ex.Message, StringComparison.Ordinal);
    }

    private Addin.Lti.Platform.IdTokenBuilder Request(PendingLogin login, JsonObject? settings = null) =>
        _h.TokenFor(login)
            .WithMessageType(LtiMessageTypes.DeepLinkingRequest)
            .WithResourceLink(null)
            .WithRoles(LtiRoleUris.Instructor)
            .WithClaim(LtiClaimNames.DeepLinkingSettings, settings ?? Settings());

    private static JsonObject Settings() => new()
    {
        ["deep_link_return_url"] = ReturnUrl,
        ["accept_types"] = new JsonArray("ltiResourceLink"),
        ["accept_presentation_document_targets"] = new JsonArray("iframe", "window"),
    };

    private static JsonObject WithMember(JsonObject settings, string member, JsonNode? value)
    {
        settings[member] = value?.DeepClone();
        return settings;
    }
}
