using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.Launch;
using Addin.Lti.Login;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>Launch payloads captured from real platforms and spec examples, re-signed and run through the whole chain.</summary>
public sealed class RealPlatformLaunchTests
{
    private const string CanvasIssuer = "https://canvas.home.russfeld.me";
    private const string CanvasClientId = "10000000000002";
    private const string CanvasDeployment5 = "5:d3a2504bba5184799a38f141e8df2335cfa8206d";
    private const string CanvasDeployment7 = "7:d3a2504bba5184799a38f141e8df2335cfa8206d";

    private static HarnessOptions Canvas => new()
    {
        Issuer = CanvasIssuer,
        ClientId = CanvasClientId,
        DeploymentIds = new HashSet<string> { CanvasDeployment5, CanvasDeployment7 },
        ToolBase = new Uri("https://lpp.home.russfeld.me/lti/"),
    };

    [Fact]
    public async Task ValidateAsync_CanvasAdminLaunch_ReadsInstitutionAdminAndCustom()
    {
        using var h = new LaunchHarness(Canvas);

        var launch = await LaunchCanvasAsync(h, "admin-account", CanvasDeployment5);

        Assert.Equal(CanvasDeployment5, launch.DeploymentId);
        Assert.Equal("aac22713-28b3-4397-9ff9-a3d2880ece1a", launch.Subject);
        Assert.True(launch.RoleSet.IsInstitutionAdministrator);
        Assert.False(launch.RoleSet.IsInstructor);
        Assert.False(launch.RoleSet.IsLearner);
        Assert.Equal(new Dictionary<string, string> { ["custom1"] = "value1", ["custom2"] = "value2" }, launch.Custom);
        Assert.Equal("canvas", launch.Platform?.ProductFamilyCode);
        Assert.Equal("zOUAtkfS3gI8nh5IskzlgAro1oCx3rx6SGGahiLL:canvas-lms", launch.Platform?.Guid);
        Assert.Equal("https://canvas.home.russfeld.me/courses/3/assignments", launch.LaunchPresentation?.ReturnUrl);
        Assert.Equal("iframe", launch.LaunchPresentation?.DocumentTarget);
        Assert.Equal("en", launch.Locale);
        Assert.Equal("https://lpp.home.russfeld.me/lti/provider/launch13", launch.TargetLinkUri);
        Assert.Equal("$Person.sourcedId", launch.Lis?.GetProperty("person_sourcedid").GetString());
    }

    [Fact]
    public async Task ValidateAsync_CanvasTeacherLaunch_ReadsInstructorContextAndLink()
    {
        using var h = new LaunchHarness(Canvas);

        var launch = await LaunchCanvasAsync(h, "teacher-account", CanvasDeployment7);

        Assert.True(launch.RoleSet.IsInstructor);
        Assert.False(launch.RoleSet.IsLearner);
        Assert.Equal("TeacherFirst TeacherLast", launch.Name);
        Assert.Equal("canvasteacher@russfeld.me", launch.Email);
        var context = Assert.IsType<LtiContext>(launch.Context);
        Assert.Equal("d3a2504bba5184799a38f141e8df2335cfa8206d", context.Id);
        Assert.Equal("LTI13", context.Label);
        Assert.Equal("LTI 1.3 Test Course", context.Title);
        Assert.Equal(["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"], context.Types);
        Assert.Equal("8aa641d1-b4d4-4fea-8a9b-e9fedfb62b1e", launch.ResourceLink?.Id);
        Assert.Equal("<p>Assignment Description</p>", launch.ResourceLink?.Description);
        Assert.Empty(launch.MentoredUserIds);
    }

    [Theory]
    [InlineData("student-account")]
    [InlineData("student-account-all-lti-advatage-features-disabled")]
    public async Task ValidateAsync_CanvasStudentLaunch_ReadsLearner(string account)
    {
        using var h = new LaunchHarness(Canvas);

        var launch = await LaunchCanvasAsync(h, account, CanvasDeployment7);

        Assert.True(launch.RoleSet.IsLearner);
        Assert.False(launch.RoleSet.IsInstructor);
        Assert.Equal("848b3a11-c7b6-4c05-9fb3-782a0c34ee43", launch.Subject);
        Assert.Equal(3, launch.Roles.Count);
    }

    [Fact]
    public async Task ValidateAsync_SpecExampleWithAudienceArrayAndMentor_ReadsMentorScopeCustomAndLis()
    {
        using var h = new LaunchHarness(new HarnessOptions
        {
            Issuer = "https://platform.example.edu",
            ClientId = "962fa4d8-bcbf-49a0-94b2-2de05ad274af",
            DeploymentIds = new HashSet<string> { "07940580-b309-415e-a37c-914d387c1150" },
            ToolBase = new Uri("https://tool.example.com/lti/"),
        });
        var login = await h.BeginLoginAsync("https://tool.example.com/lti/48320/ruix8782rs");
        var payload = FixturePayloads.Load(FixturePaths.Lti("ltiadvantage-andyfmiller", "LtiResourceLinkRequest.json"));

        var launch = await h.LaunchAsync(FixturePayloads.SignFor(h, login, payload), login);

        Assert.True(launch.RoleSet.IsMentor);
        Assert.True(launch.RoleSet.IsLearner);
        Assert.Equal(
            ["fad5fb29-a91c-770-3c110-1e687120efd9", "5d7373de-c76c-e2b-01214-69e487e2bd33", "d779cfd4-bc7b-019-9bf1a-04bf1915d4d0"],
            launch.MentoredUserIds);
        Assert.Equal("2017-04-21T01:00:00Z", launch.Custom["xstart"]);
        Assert.Equal("https://tool.com/link/123", launch.Custom["request_url"]);
        Assert.Equal("example.edu:SI182-F16", launch.Lis?.GetProperty("course_offering_sourcedid").GetString());
        Assert.Equal("ex/48bbb541-ce55-456e-8b7d-ebc59a38d435", launch.Platform?.Guid);
        Assert.Equal("Example Tool Platform", launch.Platform?.Name);
        Assert.Equal(240, launch.LaunchPresentation?.Width);
        Assert.Equal("https://platform.example.edu/jane.jpg", launch.Picture);
        Assert.Equal("ECON 1010", launch.Context?.Label);
    }

    [Fact]
    public async Task ValidateAsync_ReferenceImplementationDeepLinkingRequest_ReadsSingleMentorScopeAndCustom()
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

        Assert.Equal(["a62c52c02ba262003f5e"], launch.MentoredUserIds);
        Assert.Equal("123", launch.Custom["myCustomValue"]);
        Assert.Empty(launch.Context!.Types); // the platform sent [""]
        Assert.Null(launch.Platform?.Guid);
        Assert.Equal("LTI 1.3 Python Test", launch.Platform?.Name);
        Assert.False(launch.RoleSet.IsInstructor); // only the institution role: not an instructor of this context
    }

    [Fact]
    public async Task ValidateAsync_RealCanvasTokenSignedWith512BitKey_RefusedUnsupportedKey()
    {
        using var h = new LaunchHarness(Canvas);
        h.Jwks.Serve(File.ReadAllText(FixturePaths.Lti("pylti1p3", "canvas-resource-link.platform-jwks.json")));
        using var form = JsonDocument.Parse(File.ReadAllText(FixturePaths.Lti("altcs-lti-toolkit", "launch--redirect-message-from-canvas.json")));
        var state = form.RootElement.GetProperty("state").GetString()!;
        await h.LoginStates.SaveAsync(
            new LoginState(state, "pSESxuF1KbfCqvRl5u9HW", LaunchHarness.RegistrationKey, CanvasIssuer, CanvasClientId, "https://lpp.home.russfeld.me/lti/provider/launch13", h.Time.GetUtcNow().AddMinutes(10)),
            CancellationToken.None);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() =>
            h.Validator.ValidateAsync(new LaunchRequest(form.RootElement.GetProperty("id_token").GetString(), state, BrowserBinding.FromCookie(state)), CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnsupportedKey, ex.Code);
        Assert.Contains("512 bits", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<LtiLaunch> LaunchCanvasAsync(LaunchHarness h, string account, string deploymentId)
    {
        var login = await h.BeginLoginAsync("https://lpp.home.russfeld.me/lti/provider/launch13", deploymentId);
        var payload = FixturePayloads.Load(FixturePaths.Lti("altcs-lti-toolkit", $"launch--decoded-jwt-in-redirect-message-from-canvas-{account}.json"));
        return await h.LaunchAsync(FixturePayloads.SignFor(h, login, payload), login);
    }
}
