using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Registration.Dynamic;

/// <summary>
/// The tool side of LTI Dynamic Registration 1.0: reads and checks the platform's OpenID configuration, then posts the
/// tool's client registration and reads back the client id and deployment id. The registration token is sent only as
/// a bearer token and never logged or put in a message.
/// </summary>
/// <remarks>Give it an <see cref="HttpClient"/> with a short timeout (e.g. from IHttpClientFactory).</remarks>
public sealed partial class DynamicRegistrationClient
{
    /// <summary>Larger documents are refused; Canvas's configuration, the largest seen, is about 12 KB.</summary>
    internal const int MaxDocumentBytes = 1024 * 1024;

    private const string ToolConfigurationName = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    private const string CanvasPrivacyLevelName = "https://canvas.instructure.com/lti/privacy_level";

    private readonly HttpClient _http;
    private readonly ILogger<DynamicRegistrationClient> _logger;

    /// <summary>Creates the client.</summary>
    public DynamicRegistrationClient(HttpClient http, ILogger<DynamicRegistrationClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _logger = logger;
    }

    /// <summary>
    /// Fetches the platform's OpenID configuration (§3.4) and checks it (§3.5.1): required fields, https endpoints,
    /// issuer on the configuration URL's host, <c>openid</c> scope, <c>id_token</c> responses and RS256.
    /// </summary>
    /// <param name="openIdConfiguration">The <c>openid_configuration</c> parameter of the registration initiation.</param>
    /// <param name="registrationToken">
    /// The <c>registration_token</c> parameter, sent as a bearer token when given (Canvas requires it here too).
    /// </param>
    /// <param name="ct">Cancels the request.</param>
    /// <exception cref="DynamicRegistrationException">The configuration is unavailable or unusable; the message names the field.</exception>
    public async Task<PlatformConfiguration> GetPlatformConfigurationAsync(Uri openIdConfiguration, string? registrationToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(openIdConfiguration);
        if (!openIdConfiguration.IsAbsoluteUri || !PlatformConfigurationReader.IsAcceptableEndpoint(openIdConfiguration))
        {
            throw new DynamicRegistrationException(
                DynamicRegistrationErrorCode.ConfigurationUnavailable,
                "openid_configuration",
                "The openid_configuration parameter is not an absolute https URL. Start the registration again from the platform.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, openIdConfiguration);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AddToken(request, registrationToken);
        var where = PlatformConfigurationReader.Redacted(openIdConfiguration);
        var (status, body) = await SendAsync(request, DynamicRegistrationErrorCode.ConfigurationUnavailable, "openid_configuration", $"the platform's OpenID configuration ({where})", ct);
        if (status is < 200 or > 299)
        {
            LogConfigurationRefused(where, status);
            throw new DynamicRegistrationException(
                DynamicRegistrationErrorCode.ConfigurationUnavailable,
                "openid_configuration",
                $"The platform's OpenID configuration ({where}) answered HTTP {status}: {ErrorBodySummary.Summarise(body)}. " +
                "Registration tokens are short-lived and single-use: start the registration again from the platform.");
        }

        var configuration = PlatformConfigurationReader.Read(body, openIdConfiguration);
        LogConfigurationRead(configuration.Issuer, configuration.Lti.ProductFamilyCode, configuration.Lti.Version ?? "unknown");
        return configuration;
    }

    /// <summary>
    /// Posts the tool's client registration to the platform's registration endpoint (§3.5.2) and reads the client id
    /// and deployment id from its answer (§3.6). Only the scopes and placements the platform supports are requested.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="tool"/> is incomplete.</exception>
    /// <exception cref="DynamicRegistrationException">The platform refused or answered without a client id; the message summarises its answer.</exception>
    public async Task<ToolRegistrationResult> RegisterAsync(PlatformConfiguration platform, ToolRegistration tool, string? registrationToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(tool);
        var problems = tool.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid tool registration: " + string.Join(" ", problems), nameof(tool));
        }

        var scopes = tool.Scopes.Where(platform.SupportsScope).Distinct(StringComparer.Ordinal).ToList();
        var body = BuildRequest(platform, tool, scopes);
        using var request = new HttpRequestMessage(HttpMethod.Post, platform.RegistrationEndpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AddToken(request, registrationToken);

        var endpoint = PlatformConfigurationReader.Redacted(platform.RegistrationEndpoint);
        var (status, answer) = await SendAsync(request, DynamicRegistrationErrorCode.RegistrationFailed, "registration_endpoint", $"the platform's registration endpoint ({endpoint})", ct);
        if (status is < 200 or > 299)
        {
            var summary = ErrorBodySummary.Summarise(answer);
            LogRegistrationRefused(platform.Issuer, status, summary);
            throw new DynamicRegistrationException(
                DynamicRegistrationErrorCode.RegistrationFailed,
                "registration_endpoint",
                $"The platform refused the registration with HTTP {status}: {summary}. " +
                (status is 401 or 403
                    ? "The registration token was missing, expired or already used: start the registration again from the platform."
                    : "Check the tool's URLs and the platform's LTI settings, then start the registration again."));
        }

        var result = ReadResponse(answer, platform, scopes);
        LogRegistered(platform.Issuer, result.ClientId, result.DeploymentId ?? "(none yet)", string.Join(" ", result.GrantedScopes));
        return result;
    }

    private static JsonObject BuildRequest(PlatformConfiguration platform, ToolRegistration tool, IReadOnlyList<string> scopes)
    {
        var messages = new JsonArray
        {
            Message(LtiMessageTypes.ResourceLinkRequest, tool.TargetLinkUrl, tool.ResourceLinkLabel ?? tool.Name, tool.ResourceLinkPlacements, platform),
        };
        if (tool.DeepLinkingUrl is not null && platform.SupportsDeepLinking)
        {
            messages.Add(Message(LtiMessageTypes.DeepLinkingRequest, tool.DeepLinkingUrl, tool.DeepLinkingLabel ?? tool.Name, tool.DeepLinkingPlacements, platform));
        }

        var configuration = new JsonObject
        {
            ["domain"] = tool.EffectiveDomain,
            ["target_link_uri"] = tool.TargetLinkUrl.AbsoluteUri,
        };
        if (tool.Description is not null)
        {
            configuration["description"] = tool.Description;
        }

        configuration["custom_parameters"] = StringMap(tool.CustomParameters);
        configuration["claims"] = Strings(tool.Claims);
        configuration["messages"] = messages;
        if (tool.CanvasPrivacyLevel is not null && string.Equals(platform.Lti.ProductFamilyCode, "canvas", StringComparison.OrdinalIgnoreCase))
        {
            configuration[CanvasPrivacyLevelName] = tool.CanvasPrivacyLevel;
        }

        var body = new JsonObject
        {
            ["application_type"] = "web",
            ["response_types"] = Strings(["id_token"]),
            ["grant_types"] = Strings(["implicit", "client_credentials"]),
            ["initiate_login_uri"] = tool.LoginUrl.AbsoluteUri,
            ["redirect_uris"] = Strings(new[] { tool.LaunchUrl }.Concat(tool.AdditionalRedirectUrls).Select(u => u.AbsoluteUri).Distinct(StringComparer.Ordinal)),
            ["client_name"] = tool.Name,
        };
        foreach (var (language, name) in tool.LocalizedNames)
        {
            body["client_name#" + language] = name;
        }

        body["jwks_uri"] = tool.JwksUrl.AbsoluteUri;
        if (tool.LogoUrl is not null)
        {
            body["logo_uri"] = tool.LogoUrl.AbsoluteUri;
        }

        body["token_endpoint_auth_method"] = "private_key_jwt";
        body["scope"] = string.Join(' ', scopes);
        if (tool.Contacts.Count > 0)
        {
            body["contacts"] = Strings(tool.Contacts);
        }

        body[ToolConfigurationName] = configuration;
        return body;
    }

    private static JsonObject Message(string type, Uri target, string label, IReadOnlyList<string> wanted, PlatformConfiguration platform)
    {
        var message = new JsonObject { ["type"] = type, ["target_link_uri"] = target.AbsoluteUri, ["label"] = label };
        var offered = platform.Lti.MessagesSupported.Where(m => m.Type == type).SelectMany(m => m.Placements).ToList();
        var placements = wanted.Select(w => offered.FirstOrDefault(o => PlacementMatches(w, o))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (placements.Count > 0)
        {
            message["placements"] = Strings(placements);
        }

        return message;
    }

    // Canvas lists its own placements as URLs (https://canvas.instructure.com/lti/course_navigation); a short name matches them.
    private static bool PlacementMatches(string wanted, string offered) =>
        string.Equals(wanted, offered, StringComparison.Ordinal)
        || (offered.Contains("://", StringComparison.Ordinal) && offered.EndsWith("/" + wanted, StringComparison.Ordinal));

    private static ToolRegistrationResult ReadResponse(string answer, PlatformConfiguration platform, IReadOnlyList<string> requested)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answer);
        }
        catch (JsonException)
        {
            throw InvalidResponse(null, "is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw InvalidResponse(null, "is not a JSON object");
            }

            var clientId = Text(root, "client_id");
            if (string.IsNullOrWhiteSpace(clientId))
            {
                throw InvalidResponse("client_id", "has no client_id");
            }

            // Moodle and Sakai put the deployment in the tool configuration, Canvas at the top level.
            var deploymentId = root.TryGetProperty(ToolConfigurationName, out var configuration) && configuration.ValueKind == JsonValueKind.Object
                ? Text(configuration, "deployment_id")
                : null;
            deploymentId ??= Text(root, "deployment_id");

            var granted = Text(root, "scope") is { } scope
                ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : requested.ToList();
            return new ToolRegistrationResult(platform, clientId, string.IsNullOrWhiteSpace(deploymentId) ? null : deploymentId, requested, granted);
        }
    }

    // Deployment ids are strings, but some platforms send numbers.
    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private async Task<(int Status, string Body)> SendAsync(HttpRequestMessage request, DynamicRegistrationErrorCode code, string field, string what, CancellationToken ct)
    {
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return ((int)response.StatusCode, await ReadLimitedAsync(response.Content, code, field, what, ct));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var reason = ex is OperationCanceledException ? "the request timed out" : ex.Message;
            LogUnreachable(what, reason);
            throw new DynamicRegistrationException(code, field, $"Could not reach {what}: {reason}. Check that the platform is reachable from the tool's server.", ex);
        }
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, DynamicRegistrationErrorCode code, string field, string what, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw new DynamicRegistrationException(code, field, $"The answer of {what} is larger than {MaxDocumentBytes / 1024} KB; it is not an LTI document.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void AddToken(HttpRequestMessage request, string? registrationToken)
    {
        if (!string.IsNullOrEmpty(registrationToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", registrationToken);
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonObject StringMap(IReadOnlyDictionary<string, string> values)
    {
        var map = new JsonObject();
        foreach (var (key, value) in values)
        {
            map[key] = value;
        }

        return map;
    }

    private static DynamicRegistrationException InvalidResponse(string? field, string problem) =>
        new(
            DynamicRegistrationErrorCode.InvalidRegistrationResponse,
            field,
            $"The platform's answer to the registration {problem}{(field is null ? string.Empty : $" (field '{field}')")}. " +
            "The platform may still have created a registration: check its LTI tool list before trying again.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the OpenID configuration of platform {Issuer} ({ProductFamilyCode} {Version})")]
    private partial void LogConfigurationRead(string issuer, string productFamilyCode, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform's OpenID configuration at {Url} answered HTTP {Status}")]
    private partial void LogConfigurationRefused(string url, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered with platform {Issuer}: client {ClientId}, deployment {DeploymentId}, scopes {Scopes}")]
    private partial void LogRegistered(string issuer, string clientId, string deploymentId, string scopes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Platform {Issuer} refused the registration with HTTP {Status}: {Summary}")]
    private partial void LogRegistrationRefused(string issuer, int status, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach {What}: {Reason}")]
    private partial void LogUnreachable(string what, string reason);
}
