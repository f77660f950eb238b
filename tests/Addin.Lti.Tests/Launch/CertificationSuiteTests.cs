using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>
/// The 1EdTech LTI Advantage certification payloads (via packbackbooks/lti-1-3-php-library), re-signed for a login
/// at this tool as that library's certification harness does.
/// </summary>
public sealed class CertificationSuiteTests : IDisposable
{
    private const string NotAJwt = "JWT Passed is Not LTI 1.3 JWT";

    private static readonly Dictionary<string, LtiErrorCode?> ExpectedForInvalid = new()
    {
        ["Correct KID Required in Header"] = LtiErrorCode.MissingKid,
        ["Incorrect KID passed in JWT Header"] = LtiErrorCode.UnknownKid,
        ["Exp and Iat Fields invalid"] = LtiErrorCode.Expired,
        [NotAJwt] = LtiErrorCode.MalformedToken,
        ["LTI version passed is not 1.3"] = LtiErrorCode.UnsupportedVersion,
        ["No LTI Version Passed in JWT"] = LtiErrorCode.MissingVersion,
        ["One or more JWT fields missing"] = LtiErrorCode.MissingVersion, // version is checked before message_type and roles
        ["message_type Claim Missing"] = LtiErrorCode.MissingMessageType,
        ["role Claim Missing"] = LtiErrorCode.MissingRoles,
        ["deployment_id Claim Missing"] = LtiErrorCode.MissingDeploymentId,
        ["Launch With Missing resource_link_id"] = LtiErrorCode.MissingResourceLink,
        ["user Claim Missing"] = LtiErrorCode.MissingSubject,

        // Packback refuses it for its product's sake; the 1EdTech guide lists it as a valid instructor launch.
        ["Launch Instructor With Email No Context"] = null,
    };

    private readonly LaunchHarness _h = new(new HarnessOptions
    {
        Issuer = "https://ltiadvantagevalidator.imsglobal.org",
        ClientId = "imstester_3dfad6d",
        DeploymentIds = new HashSet<string> { "testdeploy" },
    });

    public void Dispose() => _h.Dispose();

    public static TheoryData<string> ValidResourceLinkLaunches() =>
        new(Folders("valid").Where(f => MessageTypeOf("valid", f) == LtiMessageTypes.ResourceLinkRequest));

    public static TheoryData<string> InvalidLaunches() => new(Folders("invalid"));

    public static TheoryData<string> NewerMessageTypes() => new(Folders("../messages/valid"));

    [Fact]
    public void Fixtures_AllCertificationFoldersPresent()
    {
        Assert.Equal(21, Folders("valid").Count());
        Assert.Equal(20, ValidResourceLinkLaunches().Count);
        Assert.Equal(ExpectedForInvalid.Keys.Order(), Folders("invalid").Order());
    }

    [Theory]
    [MemberData(nameof(ValidResourceLinkLaunches))]
    public async Task ValidateAsync_CertificationValidLaunch_IsAccepted(string folder)
    {
        var launch = await LaunchAsync("valid", folder);

        Assert.Equal("testdeploy", launch.DeploymentId);
        Assert.Equal(LtiMessageTypes.ResourceLinkRequest, launch.MessageType);
        Assert.False(string.IsNullOrEmpty(launch.Subject));
        Assert.NotNull(launch.ResourceLink);
    }

    [Theory]
    [MemberData(nameof(InvalidLaunches))]
    public async Task ValidateAsync_CertificationInvalidLaunch_RefusedWithExpectedCode(string folder)
    {
        var expected = ExpectedForInvalid[folder];
        if (expected is null)
        {
            var launch = await LaunchAsync("invalid", folder);
            Assert.Null(launch.Context);
            Assert.True(launch.RoleSet.IsInstructor);
            return;
        }

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => LaunchAsync("invalid", folder));

        Assert.Equal(expected, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_CertificationDeepLinkingRequest_IsAcceptedWithItsSettings()
    {
        var launch = await LaunchAsync("valid", "Deep Linking - Send Deep Linking Request Payload");

        Assert.Equal(LtiMessageTypes.DeepLinkingRequest, launch.MessageType);
        Assert.True(launch.RoleSet.IsInstructor);
        Assert.Equal("8893483", launch.Context?.Id);
        Assert.Null(launch.ResourceLink);
        var settings = Assert.IsType<LtiDeepLinkingSettings>(launch.DeepLinking);
        Assert.Equal(new Uri("https://ltiadvantagevalidator.imsglobal.org/ltitool/deeplinkresponse.html"), settings.DeepLinkReturnUrl);
        Assert.Equal(["link", "file", "html", "ltiResourceLink"], settings.AcceptTypes);
        Assert.Equal(["iframe", "window"], settings.AcceptPresentationDocumentTargets);
        Assert.Equal(["image/*", "text/html", "application/json"], settings.AcceptMediaTypes);
        Assert.True(settings.AcceptMultiple);
        Assert.Null(settings.AcceptLineItem);
        Assert.True(settings.AutoCreate);
        Assert.Equal("Certification Deep Linking", settings.Title);
        Assert.Equal("Certification Default Text Description", settings.Text);
        Assert.Equal("909708", settings.Data?.GetString());
        Assert.Null(launch.NamesRoles);
        Assert.Equal(3, launch.Grades?.Scopes.Count);
    }

    [Fact]
    public async Task ValidateAsync_CertificationLaunchWithServices_ReadsNamesRolesAndGradesClaims()
    {
        var launch = await LaunchAsync("valid", "Assignments and Grades - Core Launch");

        Assert.Equal(new Uri("https://ltiadvantagevalidator.imsglobal.org/ltitool/namesandroles.html?memberships=17387"), launch.NamesRoles?.ContextMembershipsUrl);
        Assert.Equal(["2.0"], launch.NamesRoles?.ServiceVersions);
        var grades = Assert.IsType<LtiGradeService>(launch.Grades);
        Assert.True(grades.Allows(LtiScopes.AgsScore));
        Assert.False(grades.Allows(LtiScopes.AgsLineItemReadOnly));
        Assert.Equal(new Uri("https://ltiadvantagevalidator.imsglobal.org/ltitool/rest/assignmentsgrades/17387/lineitems"), grades.LineItems);
        Assert.Null(grades.LineItem);
        Assert.Null(launch.DeepLinking);
    }

    [Theory]
    [MemberData(nameof(NewerMessageTypes))]
    public async Task ValidateAsync_NewerMessageTypes_RefusedUnsupportedMessageType(string folder)
    {
        // These payloads come from another deployment of the same validator.
        using var h = new LaunchHarness(_h.Options with { DeploymentIds = new HashSet<string> { "07940580-b309-415e-a37c-914d387c1150" } });

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => LaunchAsync("../messages/valid", folder, h));

        Assert.Equal(LtiErrorCode.UnsupportedMessageType, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_MultipleRoleValues_ReadsEveryRole()
    {
        var launch = await LaunchAsync("valid", "Launch Instructor with Multiple Role Values");

        Assert.Equal(3, launch.Roles.Count);
        Assert.True(launch.RoleSet.IsInstructor);
    }

    [Theory]
    [InlineData("Launch Instructor with Short Role Value", true, false)]
    [InlineData("Launch Student with Short Role Value", false, true)]
    [InlineData("Launch Student With No Role", false, false)]
    [InlineData("Launch Student with Unknown Role", false, true)]
    [InlineData("Launch Instructor with Unknown Role", false, false)]
    public async Task ValidateAsync_RoleVariants_MapToRoleSet(string folder, bool instructor, bool learner)
    {
        var launch = await LaunchAsync("valid", folder);

        Assert.Equal(instructor, launch.RoleSet.IsInstructor);
        Assert.Equal(learner, launch.RoleSet.IsLearner);
    }

    private Task<Addin.Lti.Claims.LtiLaunch> LaunchAsync(string group, string folder) => LaunchAsync(group, folder, _h);

    private static async Task<Addin.Lti.Claims.LtiLaunch> LaunchAsync(string group, string folder, LaunchHarness h)
    {
        var dir = Dir(group, folder);
        var login = await h.BeginLoginAsync();
        var header = File.Exists(Path.Combine(dir, "header.json")) ? FixturePayloads.Load(Path.Combine(dir, "header.json")) : null;
        var keep = File.Exists(Path.Combine(dir, "keep.json"))
            ? JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "keep.json")))!.AsArray().Select(n => n!.GetValue<string>()).ToList()
            : [];
        var token = FixturePayloads.SignFor(h, login, FixturePayloads.Load(Path.Combine(dir, "payload.json")), header, keep);
        if (folder == NotAJwt)
        {
            token = string.Join('.', token.Split('.')[..2]); // as the suite's harness sends it: no signature part
        }

        return await h.LaunchAsync(token, login);
    }

    private static string Dir(string group, string folder) =>
        Path.GetFullPath(FixturePaths.Lti("packback-certification", "certification", group, folder));

    private static IEnumerable<string> Folders(string group) =>
        Directory.GetDirectories(Path.GetFullPath(FixturePaths.Lti("packback-certification", "certification", group)))
            .Select(Path.GetFileName)
            .OfType<string>();

    private static string? MessageTypeOf(string group, string folder) =>
        FixturePayloads.Load(Path.Combine(Dir(group, folder), "payload.json"))[LtiClaimNames.MessageType]?.GetValue<string>();
}
