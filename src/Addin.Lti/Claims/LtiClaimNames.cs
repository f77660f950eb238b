namespace Addin.Lti.Claims;

/// <summary>The names of the claims LTI 1.3 and LTI Advantage messages carry.</summary>
public static class LtiClaimNames
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";
    private const string DeepLinking = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    // OpenID Connect claims used by LTI
    public const string Issuer = "iss";
    public const string Subject = "sub";
    public const string Audience = "aud";
    public const string AuthorizedParty = "azp";
    public const string ExpiresAt = "exp";
    public const string IssuedAt = "iat";
    public const string Nonce = "nonce";
    public const string Name = "name";
    public const string GivenName = "given_name";
    public const string FamilyName = "family_name";
    public const string MiddleName = "middle_name";
    public const string Email = "email";
    public const string Picture = "picture";
    public const string Locale = "locale";

    // LTI 1.3 Core
    public const string MessageType = Lti + "message_type";
    public const string Version = Lti + "version";
    public const string DeploymentId = Lti + "deployment_id";
    public const string TargetLinkUri = Lti + "target_link_uri";
    public const string ResourceLink = Lti + "resource_link";
    public const string Roles = Lti + "roles";
    public const string RoleScopeMentor = Lti + "role_scope_mentor";
    public const string Context = Lti + "context";
    public const string ToolPlatform = Lti + "tool_platform";
    public const string LaunchPresentation = Lti + "launch_presentation";
    public const string Lis = Lti + "lis";
    public const string Custom = Lti + "custom";
    public const string ForUser = Lti + "for_user";
    public const string Lti11LegacyUserId = Lti + "lti11_legacy_user_id";
    public const string Lti1p1 = Lti + "lti1p1";

    // Deep Linking 2.0
    public const string DeepLinkingSettings = DeepLinking + "deep_linking_settings";
    public const string DeepLinkingContentItems = DeepLinking + "content_items";
    public const string DeepLinkingData = DeepLinking + "data";
    public const string DeepLinkingMessage = DeepLinking + "msg";
    public const string DeepLinkingLog = DeepLinking + "log";
    public const string DeepLinkingErrorMessage = DeepLinking + "errormsg";
    public const string DeepLinkingErrorLog = DeepLinking + "errorlog";

    // Names and Role Provisioning Services 2.0
    public const string NamesRoleService = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    // Assignment and Grade Services 2.0
    public const string AssignmentGradeServiceEndpoint = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
}
