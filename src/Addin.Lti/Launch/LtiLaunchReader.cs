using Addin.Lti.Claims;
using Addin.Lti.Login;
using Addin.Lti.Registration;

namespace Addin.Lti.Launch;

/// <summary>Turns the claims of a verified id_token into an <see cref="LtiLaunch"/>.</summary>
internal static class LtiLaunchReader
{
    public static LtiLaunch Read(
        ClaimSet payload,
        PlatformRegistration registration,
        LoginState loginState,
        string deploymentId,
        string messageType,
        string nonce,
        TokenLifetime lifetime)
    {
        var roles = (payload.StringArray(LtiClaimNames.Roles) ?? [])
            .Select(r => r.Trim())
            .Where(r => r.Length > 0)
            .ToList();

        return new LtiLaunch
        {
            RegistrationKey = registration.Key,
            Issuer = registration.Issuer,
            ClientId = registration.ClientId,
            DeploymentId = deploymentId,
            MessageType = messageType,
            Subject = payload.String(LtiClaimNames.Subject) ?? string.Empty,
            Name = payload.StringOrNull(LtiClaimNames.Name),
            GivenName = payload.StringOrNull(LtiClaimNames.GivenName),
            FamilyName = payload.StringOrNull(LtiClaimNames.FamilyName),
            Email = payload.StringOrNull(LtiClaimNames.Email),
            Picture = payload.StringOrNull(LtiClaimNames.Picture),
            Locale = payload.StringOrNull(LtiClaimNames.Locale),
            Roles = roles,
            RoleSet = LtiRoles.Parse(roles),
            MentoredUserIds = (payload.StringArray(LtiClaimNames.RoleScopeMentor) ?? [])
                .Where(id => !string.IsNullOrWhiteSpace(id))
                .ToList(),
            Context = ReadContext(payload.Object(LtiClaimNames.Context)),
            ResourceLink = ReadResourceLink(payload.Object(LtiClaimNames.ResourceLink)),
            TargetLinkUri = payload.String(LtiClaimNames.TargetLinkUri) ?? loginState.TargetLinkUri,
            Platform = ReadPlatform(payload.Object(LtiClaimNames.ToolPlatform)),
            LaunchPresentation = ReadLaunchPresentation(payload.Object(LtiClaimNames.LaunchPresentation)),
            Custom = payload.Object(LtiClaimNames.Custom)?.AsStringDictionary() ?? new Dictionary<string, string>(),
            Lis = payload.Raw(LtiClaimNames.Lis),
            DeepLinking = messageType == LtiMessageTypes.DeepLinkingRequest ? DeepLinkingSettingsReader.Read(payload) : null,
            NamesRoles = ServiceClaimsReader.ReadNamesRoles(payload),
            Grades = ServiceClaimsReader.ReadGrades(payload),
            Nonce = nonce,
            IssuedAt = lifetime.IssuedAt,
            ExpiresAt = lifetime.ExpiresAt,
        };
    }

    private static LtiContext? ReadContext(ClaimSet? context)
    {
        if (context is null)
        {
            return null;
        }

        var id = context.String("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidClaim,
                $"The context claim ({LtiClaimNames.Context}) has no id. When a platform sends a context it must identify it.");
        }

        var types = (context.StringArray("type") ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return new LtiContext(id, context.StringOrNull("label"), context.StringOrNull("title"), types);
    }

    private static LtiResourceLink? ReadResourceLink(ClaimSet? link)
    {
        if (link is null)
        {
            return null;
        }

        var id = link.String("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidClaim,
                $"The resource_link claim ({LtiClaimNames.ResourceLink}) has no id.");
        }

        return new LtiResourceLink(id, link.StringOrNull("title"), link.StringOrNull("description"));
    }

    private static LtiPlatformInstance? ReadPlatform(ClaimSet? platform) =>
        platform is null
            ? null
            : new LtiPlatformInstance(
                NullIfEmpty(platform.StringOrNull("guid")),
                NullIfEmpty(platform.StringOrNull("name")),
                NullIfEmpty(platform.StringOrNull("product_family_code")),
                NullIfEmpty(platform.StringOrNull("version")),
                NullIfEmpty(platform.StringOrNull("url")),
                NullIfEmpty(platform.StringOrNull("contact_email")),
                NullIfEmpty(platform.StringOrNull("description")));

    private static LtiLaunchPresentation? ReadLaunchPresentation(ClaimSet? presentation) =>
        presentation is null
            ? null
            : new LtiLaunchPresentation(
                presentation.StringOrNull("document_target"),
                presentation.StringOrNull("return_url"),
                presentation.StringOrNull("locale"),
                presentation.IntOrNull("width"),
                presentation.IntOrNull("height"));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
