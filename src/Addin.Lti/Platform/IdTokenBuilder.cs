using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Keys;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Platform;

/// <summary>
/// Builds the signed id_token of an LTI 1.3 resource link launch or deep linking request, as a platform sends it. Any claim or header member
/// can be overridden or removed afterwards (<see cref="WithClaim"/>, <see cref="WithoutClaim"/>, <see cref="WithHeader"/>,
/// <see cref="WithoutHeader"/>), which is how tests forge bad tokens.
/// </summary>
public sealed class IdTokenBuilder
{
    private readonly TimeProvider _time;
    private readonly List<Edit> _claimEdits = [];
    private readonly List<Edit> _headerEdits = [];
    private string? _issuer;
    private string? _audience;
    private string? _deploymentId;
    private string? _subject;
    private string? _nonce;
    private string? _targetLinkUri;
    private string? _name;
    private string? _givenName;
    private string? _familyName;
    private string? _email;
    private string _messageType = LtiMessageTypes.ResourceLinkRequest;
    private IReadOnlyList<string> _roles = [];
    private IReadOnlyList<string> _mentoredUserIds = [];
    private LtiContext? _context;
    private LtiResourceLink? _resourceLink;
    private LtiPlatformInstance? _platform;
    private IReadOnlyDictionary<string, string>? _custom;
    private LtiDeepLinkingSettings? _deepLinking;
    private LtiNamesRoleService? _namesRoles;
    private TimeSpan _lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Creates a builder; iat is the time of building and exp is iat plus the lifetime.</summary>
    public IdTokenBuilder(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>The platform's issuer, the tool's client id (aud) and the deployment id.</summary>
    public IdTokenBuilder ForTool(string issuer, string clientId, string deploymentId)
    {
        _issuer = issuer;
        _audience = clientId;
        _deploymentId = deploymentId;
        return this;
    }

    /// <summary>The nonce from the tool's authentication request.</summary>
    public IdTokenBuilder WithNonce(string nonce)
    {
        _nonce = nonce;
        return this;
    }

    /// <summary>The user (<c>sub</c>).</summary>
    public IdTokenBuilder WithSubject(string subject)
    {
        _subject = subject;
        return this;
    }

    public IdTokenBuilder WithName(string? name, string? givenName = null, string? familyName = null)
    {
        _name = name;
        _givenName = givenName;
        _familyName = familyName;
        return this;
    }

    public IdTokenBuilder WithEmail(string? email)
    {
        _email = email;
        return this;
    }

    /// <summary>Role URIs; the claim is always sent, as an empty array when there are none.</summary>
    public IdTokenBuilder WithRoles(params IEnumerable<string> roles)
    {
        _roles = roles.ToList();
        return this;
    }

    /// <summary>The <c>sub</c> values of the users this user mentors (role_scope_mentor).</summary>
    public IdTokenBuilder WithMentoredUsers(params IEnumerable<string> userIds)
    {
        _mentoredUserIds = userIds.ToList();
        return this;
    }

    public IdTokenBuilder WithContext(LtiContext? context)
    {
        _context = context;
        return this;
    }

    public IdTokenBuilder WithResourceLink(LtiResourceLink? resourceLink)
    {
        _resourceLink = resourceLink;
        return this;
    }

    public IdTokenBuilder WithTargetLinkUri(string? targetLinkUri)
    {
        _targetLinkUri = targetLinkUri;
        return this;
    }

    public IdTokenBuilder WithPlatformInstance(LtiPlatformInstance? platform)
    {
        _platform = platform;
        return this;
    }

    public IdTokenBuilder WithCustom(IReadOnlyDictionary<string, string>? custom)
    {
        _custom = custom;
        return this;
    }

    /// <summary>
    /// The deep_linking_settings claim of an LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1); pair it with
    /// <see cref="WithMessageType"/>(<see cref="LtiMessageTypes.DeepLinkingRequest"/>). Unset flags are left out.
    /// </summary>
    public IdTokenBuilder WithDeepLinkingSettings(LtiDeepLinkingSettings? settings)
    {
        _deepLinking = settings;
        return this;
    }

    /// <summary>The Names and Role Provisioning Services claim: where the tool can read the context's roster.</summary>
    public IdTokenBuilder WithNamesRoleService(LtiNamesRoleService? namesRoles)
    {
        _namesRoles = namesRoles;
        return this;
    }

    /// <summary>The message_type claim; LtiResourceLinkRequest unless changed.</summary>
    public IdTokenBuilder WithMessageType(string messageType)
    {
        _messageType = messageType;
        return this;
    }

    /// <summary>How long after iat the token expires; 5 minutes unless changed.</summary>
    public IdTokenBuilder WithLifetime(TimeSpan lifetime)
    {
        _lifetime = lifetime;
        return this;
    }

    /// <summary>Sets a payload claim to exactly this JSON value, replacing whatever the builder would send.</summary>
    public IdTokenBuilder WithClaim(string name, JsonNode? value)
    {
        _claimEdits.Add(new Edit(name, value, Remove: false));
        return this;
    }

    /// <summary>Leaves a payload claim out.</summary>
    public IdTokenBuilder WithoutClaim(string name)
    {
        _claimEdits.Add(new Edit(name, null, Remove: true));
        return this;
    }

    /// <summary>Sets a header member to exactly this JSON value.</summary>
    public IdTokenBuilder WithHeader(string name, JsonNode? value)
    {
        _headerEdits.Add(new Edit(name, value, Remove: false));
        return this;
    }

    /// <summary>Leaves a header member out.</summary>
    public IdTokenBuilder WithoutHeader(string name)
    {
        _headerEdits.Add(new Edit(name, null, Remove: true));
        return this;
    }

    /// <summary>The header that <see cref="Sign"/> would use with a key of this id, edits applied.</summary>
    public JsonObject BuildHeader(string keyId) =>
        Apply(new JsonObject { ["typ"] = "JWT", ["alg"] = SecurityAlgorithms.RsaSha256, ["kid"] = keyId }, _headerEdits);

    /// <summary>The payload, edits applied. Throws when issuer, client id, deployment, subject or nonce is not set.</summary>
    public JsonObject BuildPayload()
    {
        RequireCoreClaims();
        var issuedAt = _time.GetUtcNow();
        var payload = new JsonObject
        {
            [LtiClaimNames.Issuer] = _issuer,
            [LtiClaimNames.Audience] = _audience,
            [LtiClaimNames.Subject] = _subject,
            [LtiClaimNames.Nonce] = _nonce,
            [LtiClaimNames.IssuedAt] = issuedAt.ToUnixTimeSeconds(),
            [LtiClaimNames.ExpiresAt] = (issuedAt + _lifetime).ToUnixTimeSeconds(),
            [LtiClaimNames.DeploymentId] = _deploymentId,
            [LtiClaimNames.MessageType] = _messageType,
            [LtiClaimNames.Version] = LtiMessageTypes.Version,
            [LtiClaimNames.Roles] = StringArray(_roles),
        };
        AddIfPresent(payload, LtiClaimNames.Name, _name);
        AddIfPresent(payload, LtiClaimNames.GivenName, _givenName);
        AddIfPresent(payload, LtiClaimNames.FamilyName, _familyName);
        AddIfPresent(payload, LtiClaimNames.Email, _email);
        AddIfPresent(payload, LtiClaimNames.TargetLinkUri, _targetLinkUri);
        if (_mentoredUserIds.Count > 0)
        {
            payload[LtiClaimNames.RoleScopeMentor] = StringArray(_mentoredUserIds);
        }

        if (_context is not null)
        {
            var context = Object(("id", _context.Id), ("label", _context.Label), ("title", _context.Title));
            context["type"] = StringArray(_context.Types);
            payload[LtiClaimNames.Context] = context;
        }

        if (_resourceLink is not null)
        {
            payload[LtiClaimNames.ResourceLink] = Object(
                ("id", _resourceLink.Id), ("title", _resourceLink.Title), ("description", _resourceLink.Description));
        }

        if (_platform is not null)
        {
            payload[LtiClaimNames.ToolPlatform] = Object(
                ("guid", _platform.Guid),
                ("name", _platform.Name),
                ("product_family_code", _platform.ProductFamilyCode),
                ("version", _platform.Version),
                ("url", _platform.Url),
                ("contact_email", _platform.ContactEmail),
                ("description", _platform.Description));
        }

        if (_deepLinking is not null)
        {
            payload[LtiClaimNames.DeepLinkingSettings] = DeepLinkingSettingsJson(_deepLinking);
        }

        if (_namesRoles is not null)
        {
            payload[LtiClaimNames.NamesRoleService] = new JsonObject
            {
                ["context_memberships_url"] = _namesRoles.ContextMembershipsUrl.AbsoluteUri,
                ["service_versions"] = StringArray(_namesRoles.ServiceVersions),
            };
        }

        if (_custom is not null)
        {
            payload[LtiClaimNames.Custom] = Object(_custom.Select(p => (p.Key, (string?)p.Value)).ToArray());
        }

        return Apply(payload, _claimEdits);
    }

    /// <summary>The signed compact JWT.</summary>
    public string Sign(RsaSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SignRaw(BuildHeader(key.KeyId), BuildPayload(), key);
    }

    /// <summary>An unsigned token (<c>alg: none</c>, empty signature), header edits applied; only for tests of refusal.</summary>
    public string BuildUnsigned() =>
        EncodeUnsigned(Apply(new JsonObject { ["typ"] = "JWT", ["alg"] = "none" }, _headerEdits), BuildPayload());

    /// <summary>Signs exactly this header and payload with RS256, whatever the header says.</summary>
    public static string SignRaw(JsonObject header, JsonObject payload, RsaSigningKey key) => CompactJws.SignRs256(header, payload, key);

    /// <summary><c>header.payload.</c> with an empty signature.</summary>
    public static string EncodeUnsigned(JsonObject header, JsonObject payload) => CompactJws.EncodeUnsigned(header, payload);

    private void RequireCoreClaims()
    {
        var missing = new (string Name, string? Value)[]
            {
                ("issuer", _issuer), ("client id", _audience), ("deployment id", _deploymentId),
                ("subject", _subject), ("nonce", _nonce),
            }
            .Where(c => string.IsNullOrEmpty(c.Value))
            .Select(c => c.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The id_token needs: {string.Join(", ", missing)}.");
        }
    }

    private static JsonObject DeepLinkingSettingsJson(LtiDeepLinkingSettings settings)
    {
        var json = new JsonObject
        {
            ["deep_link_return_url"] = settings.DeepLinkReturnUrl.AbsoluteUri,
            ["accept_types"] = StringArray(settings.AcceptTypes),
            ["accept_presentation_document_targets"] = StringArray(settings.AcceptPresentationDocumentTargets),
            ["auto_create"] = settings.AutoCreate,
        };

        // The specification sends media types as one comma-separated string.
        if (settings.AcceptMediaTypes.Count > 0)
        {
            json["accept_media_types"] = string.Join(',', settings.AcceptMediaTypes);
        }

        if (settings.AcceptMultiple is { } multiple)
        {
            json["accept_multiple"] = multiple;
        }

        if (settings.AcceptLineItem is { } lineItem)
        {
            json["accept_lineitem"] = lineItem;
        }

        AddIfPresent(json, "title", settings.Title);
        AddIfPresent(json, "text", settings.Text);
        if (settings.Data is { } data)
        {
            json["data"] = JsonNode.Parse(data.GetRawText());
        }

        return json;
    }

    private static JsonObject Apply(JsonObject target, List<Edit> edits)
    {
        foreach (var edit in edits)
        {
            if (edit.Remove)
            {
                target.Remove(edit.Name);
            }
            else
            {
                target[edit.Name] = edit.Value?.DeepClone();
            }
        }

        return target;
    }

    private static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static JsonObject Object(params (string Name, string? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (name, value) in members)
        {
            AddIfPresent(result, name, value);
        }

        return result;
    }

    private static JsonArray StringArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private sealed record Edit(string Name, JsonNode? Value, bool Remove);
}
