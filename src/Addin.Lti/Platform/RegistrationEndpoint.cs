using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;

namespace Addin.Lti.Platform;

/// <summary>A message type a tool registered, with its launch URL and placements.</summary>
/// <param name="Type">The message type, e.g. <c>LtiDeepLinkingRequest</c>.</param>
/// <param name="TargetLinkUri">Where that message launches; the tool's default target when null.</param>
/// <param name="Label">What the platform shows for it.</param>
/// <param name="Placements">Where the tool asked to appear.</param>
public sealed record RegisteredToolMessage(string Type, Uri? TargetLinkUri, string? Label, IReadOnlyList<string> Placements);

/// <summary>A tool registered through <see cref="RegistrationEndpoint"/>: what a platform stores to launch it.</summary>
public sealed record RegisteredTool
{
    public required string ClientId { get; init; }

    public required string DeploymentId { get; init; }

    public required string ClientName { get; init; }

    /// <summary>The tool's OIDC login initiation URL.</summary>
    public required Uri LoginUrl { get; init; }

    /// <summary>Where id_tokens may be posted; the first is the tool's launch URL.</summary>
    public required IReadOnlyList<Uri> RedirectUris { get; init; }

    public required Uri JwksUri { get; init; }

    /// <summary>The tool's default launch target.</summary>
    public required Uri TargetLinkUri { get; init; }

    public required string Domain { get; init; }

    public Uri? LogoUri { get; init; }

    public string? Description { get; init; }

    /// <summary>The scopes granted: those asked for that the platform supports.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public required IReadOnlyList<string> Claims { get; init; }

    public required IReadOnlyDictionary<string, string> CustomParameters { get; init; }

    public required IReadOnlyList<RegisteredToolMessage> Messages { get; init; }

    /// <summary>The deep linking launch URL, when the tool registered a deep linking message.</summary>
    public Uri? DeepLinkingUrl =>
        Messages.FirstOrDefault(m => m.Type == LtiMessageTypes.DeepLinkingRequest) is { } message ? message.TargetLinkUri ?? TargetLinkUri : null;
}

/// <summary>The answer to a client registration request.</summary>
/// <param name="StatusCode">The HTTP status to answer with: 200 when registered, 400 when refused.</param>
/// <param name="ResponseJson">The body to answer with (<c>application/json</c>).</param>
/// <param name="Tool">The registered tool; null when refused.</param>
/// <param name="Problems">What was wrong with the request; empty when registered.</param>
public sealed record ClientRegistrationOutcome(int StatusCode, string ResponseJson, RegisteredTool? Tool, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Tool is not null;
}

/// <summary>
/// The platform side of LTI Dynamic Registration (§3.5.2–3.6), for the demo platform and tests: checks a tool's client
/// registration request and answers it with a new client id and deployment id. Checking the registration token is the
/// host's job (it issued the token).
/// </summary>
public sealed class RegistrationEndpoint
{
    private const string ToolConfigurationName = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private readonly IReadOnlyList<string> _scopesSupported;

    /// <summary>Creates the endpoint; <paramref name="scopesSupported"/> are the service scopes it grants when asked.</summary>
    public RegistrationEndpoint(IEnumerable<string> scopesSupported)
    {
        ArgumentNullException.ThrowIfNull(scopesSupported);
        _scopesSupported = scopesSupported.ToList();
    }

    /// <summary>Checks the posted registration and registers the tool, or lists every problem (RFC 7591 §3.2.2 error body).</summary>
    public ClientRegistrationOutcome Register(string requestJson)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(requestJson ?? string.Empty) as JsonObject
                ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return Refused("invalid_client_metadata", ["The registration request is not a JSON object."]);
        }

        var problems = new List<string>();
        var redirectUris = UrlList(request, "redirect_uris", problems);
        if (problems.Count > 0)
        {
            return Refused("invalid_redirect_uri", problems);
        }

        Expect(request, "application_type", "web", problems);
        ExpectContains(request, "response_types", ["id_token"], problems);

        // The Dynamic Registration specification's own example spells it "implict"; it is accepted as meant.
        ExpectContains(request, "grant_types", ["implicit", "implict"], problems);
        ExpectContains(request, "grant_types", ["client_credentials"], problems);
        Expect(request, "token_endpoint_auth_method", "private_key_jwt", problems);
        var loginUrl = Url(request, "initiate_login_uri", required: true, problems);
        var jwksUri = Url(request, "jwks_uri", required: true, problems);
        var logoUri = Url(request, "logo_uri", required: false, problems);
        var clientName = Text(request, "client_name");
        if (string.IsNullOrWhiteSpace(clientName))
        {
            problems.Add("client_name is required.");
        }

        var configuration = request[ToolConfigurationName] as JsonObject;
        if (configuration is null)
        {
            problems.Add($"{ToolConfigurationName} (the LTI tool configuration object) is required.");
            return Refused("invalid_client_metadata", problems);
        }

        var domain = Text(configuration, "domain");
        if (string.IsNullOrWhiteSpace(domain))
        {
            problems.Add($"{ToolConfigurationName}.domain is required.");
        }

        var targetLinkUri = Url(configuration, "target_link_uri", required: true, problems, ToolConfigurationName + ".");
        var messages = Messages(configuration, problems);
        var custom = StringMap(configuration, "custom_parameters", problems);
        var claims = Strings(configuration, "claims", problems, ToolConfigurationName + ".") ?? [];
        if (problems.Count > 0)
        {
            return Refused("invalid_client_metadata", problems);
        }

        var scopes = (Text(request, "scope") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => _scopesSupported.Contains(s, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tool = new RegisteredTool
        {
            ClientId = NewId(),
            DeploymentId = NewId(),
            ClientName = clientName!,
            LoginUrl = loginUrl!,
            RedirectUris = redirectUris,
            JwksUri = jwksUri!,
            TargetLinkUri = targetLinkUri!,
            Domain = domain!,
            LogoUri = logoUri,
            Description = Text(configuration, "description"),
            Scopes = scopes,
            Claims = claims,
            CustomParameters = custom,
            Messages = messages,
        };

        // §3.6: the answer repeats the registration as stored, with the client id and the deployment.
        var response = (JsonObject)request.DeepClone();
        response["client_id"] = tool.ClientId;
        response["scope"] = string.Join(' ', scopes);
        ((JsonObject)response[ToolConfigurationName]!)["deployment_id"] = tool.DeploymentId;
        return new ClientRegistrationOutcome(200, response.ToJsonString(), tool, []);
    }

    private static List<RegisteredToolMessage> Messages(JsonObject configuration, List<string> problems)
    {
        const string Field = ToolConfigurationName + ".messages";
        var result = new List<RegisteredToolMessage>();
        var node = configuration["messages"];
        if (node is null)
        {
            return result;
        }

        if (node is not JsonArray messages)
        {
            problems.Add($"{Field} must be an array.");
            return result;
        }

        foreach (var entry in messages)
        {
            if (entry is not JsonObject message || Text(message, "type") is not { Length: > 0 } type)
            {
                problems.Add($"Every entry of {Field} must be an object with a type.");
                continue;
            }

            var target = Url(message, "target_link_uri", required: false, problems, Field + ".");
            var placements = Strings(message, "placements", problems, Field + ".") ?? [];
            result.Add(new RegisteredToolMessage(type, target, Text(message, "label"), placements));
        }

        return result;
    }

    private static List<Uri> UrlList(JsonObject request, string name, List<string> problems)
    {
        var values = Strings(request, name, problems, string.Empty);
        if (values is null || values.Count == 0)
        {
            problems.Add($"{name} must list at least one absolute http(s) URL.");
            return [];
        }

        var urls = new List<Uri>();
        foreach (var value in values)
        {
            if (ClaimUrls.TryParseHttp(value, out var url) && url.Fragment.Length == 0)
            {
                urls.Add(url);
            }
            else
            {
                problems.Add($"{name} entry '{value}' is not an absolute http(s) URL without fragment.");
            }
        }

        return urls;
    }

    private static Uri? Url(JsonObject source, string name, bool required, List<string> problems, string prefix = "")
    {
        var text = Text(source, name);
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{prefix}{name} is required.");
            }

            return null;
        }

        if (!ClaimUrls.TryParseHttp(text, out var url))
        {
            problems.Add($"{prefix}{name} '{text}' is not an absolute http(s) URL.");
            return null;
        }

        return url;
    }

    private static void Expect(JsonObject request, string name, string value, List<string> problems)
    {
        if (Text(request, name) != value)
        {
            problems.Add($"{name} must be '{value}'.");
        }
    }

    private static void ExpectContains(JsonObject request, string name, string[] anyOf, List<string> problems)
    {
        var values = Strings(request, name, problems, string.Empty) ?? [];
        if (!values.Any(v => anyOf.Contains(v, StringComparer.Ordinal)))
        {
            problems.Add($"{name} must contain '{anyOf[0]}'.");
        }
    }

    private static List<string>? Strings(JsonObject source, string name, List<string> problems, string prefix)
    {
        var node = source[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array || array.Any(e => e is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            problems.Add($"{prefix}{name} must be an array of strings.");
            return null;
        }

        return array.Select(e => e!.GetValue<string>()).ToList();
    }

    private static Dictionary<string, string> StringMap(JsonObject source, string name, List<string> problems)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = source[name];
        if (node is null)
        {
            return result;
        }

        if (node is not JsonObject map || map.Any(p => p.Value is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            problems.Add($"{ToolConfigurationName}.{name} must be an object of string values.");
            return result;
        }

        foreach (var (key, value) in map)
        {
            result[key] = value!.GetValue<string>();
        }

        return result;
    }

    private static string? Text(JsonObject source, string name) =>
        source[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string NewId() => RandomNumberGenerator.GetHexString(20, lowercase: true);

    private static ClientRegistrationOutcome Refused(string error, IReadOnlyList<string> problems)
    {
        var body = new JsonObject { ["error"] = error, ["error_description"] = string.Join(" ", problems) };
        return new ClientRegistrationOutcome(400, body.ToJsonString(), null, problems);
    }
}
