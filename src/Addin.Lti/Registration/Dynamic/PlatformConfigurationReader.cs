using System.Text.Json;
using Addin.Lti.Claims;

namespace Addin.Lti.Registration.Dynamic;

/// <summary>Reads and checks a platform's OpenID configuration document (Dynamic Registration §3.4–3.5).</summary>
internal static class PlatformConfigurationReader
{
    public const string LtiConfigurationName = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    private const string AskThePlatform = "Ask the platform administrator to check the platform's LTI configuration, or register the platform by hand.";

    public static PlatformConfiguration Read(string json, Uri configurationUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new DynamicRegistrationException(
                DynamicRegistrationErrorCode.ConfigurationUnavailable,
                null,
                $"The platform's OpenID configuration ({Redacted(configurationUrl)}) is not JSON. Check that the registration was started from the platform's own dynamic registration page.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(null, "is not a JSON object");
            }

            var root = document.RootElement;
            var issuer = ReadIssuer(root, configurationUrl);
            var lti = ReadLti(root);
            var scopes = RequiredStrings(root, "scopes_supported");
            RequireValue(scopes, "scopes_supported", LtiScopes.OpenId);
            var responseTypes = RequiredStrings(root, "response_types_supported");
            RequireValue(responseTypes, "response_types_supported", "id_token");
            var algorithms = RequiredStrings(root, "id_token_signing_alg_values_supported");
            RequireValue(algorithms, "id_token_signing_alg_values_supported", "RS256");

            return new PlatformConfiguration
            {
                OpenIdConfigurationUrl = configurationUrl,
                Issuer = issuer,
                AuthorizationEndpoint = Endpoint(root, "authorization_endpoint"),
                RegistrationEndpoint = Endpoint(root, "registration_endpoint"),
                JwksUri = Endpoint(root, "jwks_uri"),
                TokenEndpoint = Endpoint(root, "token_endpoint"),
                AuthorizationServer = OptionalString(root, "authorization_server"),
                ScopesSupported = scopes,
                ResponseTypesSupported = responseTypes,
                IdTokenSigningAlgValuesSupported = algorithms,
                ClaimsSupported = RequiredStrings(root, "claims_supported"),
                SubjectTypesSupported = RequiredStrings(root, "subject_types_supported"),
                TokenEndpointAuthMethodsSupported = OptionalStrings(root, "token_endpoint_auth_methods_supported"),
                Lti = lti,
            };
        }
    }

    /// <summary>True for https URLs, and for http URLs on loopback (a platform on the same machine, e.g. in tests).</summary>
    public static bool IsAcceptableEndpoint(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    /// <summary>The URL without its query: Canvas puts the registration token in the configuration URL's query.</summary>
    public static string Redacted(Uri url) => url.GetLeftPart(UriPartial.Path);

    // §3.5.1: the issuer must be on the host the configuration was fetched from, or any server could claim any issuer.
    private static string ReadIssuer(JsonElement root, Uri configurationUrl)
    {
        var issuer = OptionalString(root, "issuer")
            ?? throw Invalid("issuer", "has no issuer");
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUrl) || !IsAcceptableEndpoint(issuerUrl)
            || issuerUrl.Query.Length > 0 || issuerUrl.Fragment.Length > 0)
        {
            throw Invalid("issuer", $"has issuer '{issuer}', which is not an https URL without query or fragment");
        }

        if (!string.Equals(issuerUrl.IdnHost, configurationUrl.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            throw new DynamicRegistrationException(
                DynamicRegistrationErrorCode.IssuerMismatch,
                "issuer",
                $"The platform's issuer '{issuer}' is not on the host its OpenID configuration came from ({configurationUrl.IdnHost}). " +
                "LTI Dynamic Registration requires both on the same host, so this registration is refused. " +
                "Start the registration from the platform's own configuration URL, or ask the platform administrator to correct the issuer.");
        }

        return issuer;
    }

    private static LtiPlatformConfiguration ReadLti(JsonElement root)
    {
        if (!root.TryGetProperty(LtiConfigurationName, out var lti) || lti.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(LtiConfigurationName, "has no LTI platform configuration object, so the platform does not declare LTI 1.3 support");
        }

        var productFamilyCode = OptionalString(lti, "product_family_code");
        if (string.IsNullOrWhiteSpace(productFamilyCode))
        {
            throw Invalid(LtiConfigurationName + ".product_family_code", "does not name the platform product");
        }

        return new LtiPlatformConfiguration(
            productFamilyCode,
            OptionalString(lti, "version"),
            ReadMessages(lti),
            OptionalStrings(lti, "variables", LtiConfigurationName + ".variables"));
    }

    // Objects {type, placements?} as the specification has them, or bare type strings as Moodle 3.11 sends.
    private static List<PlatformMessage> ReadMessages(JsonElement lti)
    {
        const string Field = LtiConfigurationName + ".messages_supported";
        if (!lti.TryGetProperty("messages_supported", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(Field, "does not list the LTI messages the platform supports");
        }

        var result = new List<PlatformMessage>();
        foreach (var message in messages.EnumerateArray())
        {
            switch (message.ValueKind)
            {
                case JsonValueKind.String when message.GetString() is { Length: > 0 } type:
                    result.Add(new PlatformMessage(type, []));
                    break;
                case JsonValueKind.Object when OptionalString(message, "type") is { Length: > 0 } type:
                    result.Add(new PlatformMessage(type, OptionalStrings(message, "placements", Field + ".placements")));
                    break;
                default:
                    throw Invalid(Field, "has an entry that is neither a message type nor an object with a type");
            }
        }

        return result;
    }

    private static Uri Endpoint(JsonElement root, string name)
    {
        var text = OptionalString(root, name) ?? throw Invalid(name, $"has no {name}");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !IsAcceptableEndpoint(url) || url.UserInfo.Length > 0)
        {
            throw Invalid(name, $"has {name} '{text}', which is not an absolute https URL");
        }

        return url;
    }

    private static List<string> RequiredStrings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Invalid(name, $"has no {name}");
        }

        return Strings(value, name);
    }

    private static void RequireValue(List<string> values, string name, string required)
    {
        if (!values.Contains(required, StringComparer.Ordinal))
        {
            throw Invalid(name, $"does not list '{required}' in {name}, which LTI 1.3 requires");
        }
    }

    private static List<string> OptionalStrings(JsonElement root, string name, string? field = null) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Strings(value, field ?? name) : [];

    private static List<string> Strings(JsonElement value, string field)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw Invalid(field, $"has {field} that is not an array of strings");
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DynamicRegistrationException Invalid(string? field, string problem) =>
        new(
            DynamicRegistrationErrorCode.InvalidConfiguration,
            field,
            $"The platform's OpenID configuration {problem}{(field is null ? string.Empty : $" (field '{field}')")}. {AskThePlatform}");
}
