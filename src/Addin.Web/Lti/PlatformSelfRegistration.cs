using System.Diagnostics.CodeAnalysis;
using Addin.Core.Institutions;
using Addin.Lti.Registration.Dynamic;
using Addin.Web.Manifests;
using Microsoft.Extensions.Options;

namespace Addin.Web.Lti;

/// <summary>
/// LTI Dynamic Registration on Addin's side: an LMS administrator pastes Addin's registration URL into the LMS, the LMS
/// opens it with its <c>openid_configuration</c> and <c>registration_token</c>, and Addin reads the LMS's
/// configuration, registers itself there and stores the LMS as a platform. Everything that can refuse the
/// registration is checked before Addin posts it, so an LMS is rarely left with a registration Addin did not store.
/// </summary>
public sealed partial class PlatformSelfRegistration(
    DynamicRegistrationClient client,
    PlatformRegistry registry,
    ToolUrls urls,
    IOptions<DynamicRegistrationOptions> options,
    ILogger<PlatformSelfRegistration> logger)
{
    /// <summary>Registers the LMS that started the registration; the refusal says what was wrong and what to do.</summary>
    public async Task<(SelfRegistration? Registration, RegistrationRefusal? Refusal)> RegisterAsync(
        string? openIdConfiguration, string? registrationToken, string? institution, CancellationToken cancellationToken)
    {
        if (!TryConfigurationUrl(openIdConfiguration, out var configurationUrl, out var refusal))
        {
            return (null, refusal);
        }

        if (!options.Value.AllowsHost(configurationUrl))
        {
            return (null, NotAllowed(configurationUrl.Authority));
        }

        PlatformConfiguration platform;
        try
        {
            platform = await client.GetPlatformConfigurationAsync(configurationUrl, registrationToken, cancellationToken);
        }
        catch (DynamicRegistrationException ex)
        {
            return (null, RegistrationRefusal.From(ex));
        }

        if (!options.Value.Allows(platform.Issuer))
        {
            return (null, NotAllowed(platform.Issuer));
        }

        string institutionName = string.IsNullOrWhiteSpace(institution) ? RegistrationNaming.DefaultInstitution(platform) : institution.Trim();
        if (await registry.SelfRegistrationInstitutionProblemAsync(institutionName, cancellationToken) is { } taken)
        {
            return (null, RegistrationRefusal.InstitutionTaken(taken));
        }

        var tool = AddinToolRegistration.For(urls, platform);
        ToolRegistrationResult result;
        try
        {
            result = await client.RegisterAsync(platform, tool, registrationToken, cancellationToken);
        }
        catch (DynamicRegistrationException ex)
        {
            return (null, RegistrationRefusal.From(ex));
        }

        var registration = result.ToPlatformRegistration(RegistrationNaming.Key(platform.Issuer, result.ClientId));
        var (stored, problems) = await registry.RegisterAsync(
            new PlatformRegistrationRequest
            {
                Key = registration.Key,
                Name = RegistrationNaming.PlatformName(platform),
                InstitutionName = institutionName,
                Issuer = registration.Issuer,
                ClientId = registration.ClientId,
                AuthorizationEndpoint = registration.AuthorizationEndpoint,
                JwksUri = registration.JwksUri,
                TokenEndpoint = registration.TokenEndpoint,
                AuthorizationServer = registration.AuthorizationServer,
                DeploymentIds = [.. registration.DeploymentIds],
                RegisteredByPlatform = true,
            },
            cancellationToken);
        if (stored is null)
        {
            LogNotStored(platform.Issuer, result.ClientId, string.Join(" ", problems));
            return (null, RegistrationRefusal.NotStored(RegistrationNaming.Product(platform), result.ClientId, problems));
        }

        LogStored(stored.Key, stored.Issuer, stored.ClientId, result.DeploymentId ?? "(first launch)");
        return (new SelfRegistration(stored, RegistrationNaming.Product(platform), tool, result), null);
    }

    // Only https, and plain http on this machine when Addin itself runs there (the demo and tests): a public Addin
    // must not be made to fetch its own loopback services.
    private bool TryConfigurationUrl(string? value, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out RegistrationRefusal? refusal)
    {
        url = null;
        refusal = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            refusal = RegistrationRefusal.MissingParameters(urls.Registration);
            return false;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            || !(parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
            || (parsed.IsLoopback && !urls.Base.IsLoopback)
            || parsed.UserInfo.Length > 0)
        {
            refusal = RegistrationRefusal.BadConfigurationUrl(parsed is null ? value : parsed.GetLeftPart(UriPartial.Path));
            return false;
        }

        url = parsed;
        return true;
    }

    private RegistrationRefusal NotAllowed(string who)
    {
        LogNotAllowed(who);
        return RegistrationRefusal.NotAllowed(who);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LMS registered itself as platform {Key}: issuer {Issuer}, client {ClientId}, deployment {DeploymentId}")]
    private partial void LogStored(string key, string issuer, string clientId, string deploymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LMS {Issuer} registered client {ClientId}, but Addin could not store it: {Problems}")]
    private partial void LogNotStored(string issuer, string clientId, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dynamic registration from {Who} refused: not among Addin:Lti:DynamicRegistration:AllowedIssuers")]
    private partial void LogNotAllowed(string who);
}

/// <summary>A registration an LMS made and Addin stored.</summary>
/// <param name="Platform">The stored platform, with its institution.</param>
/// <param name="Product">The LMS product, e.g. Canvas.</param>
/// <param name="Tool">What Addin registered.</param>
/// <param name="Result">What the LMS answered: client id, deployment, granted scopes.</param>
public sealed record SelfRegistration(Platform Platform, string Product, ToolRegistration Tool, ToolRegistrationResult Result)
{
    /// <summary>True when content selection (deep linking) was registered too.</summary>
    public bool DeepLinking => Tool.DeepLinkingUrl is not null && Result.Platform.SupportsDeepLinking;
}
