namespace Addin.Web.Teams;

/// <summary>A refused Teams sign-in: <see cref="Check"/> names the check that failed; the message says what to do. Never carries the token.</summary>
public sealed class TeamsSignInException(string check, string message, int statusCode = StatusCodes.Status401Unauthorized) : Exception(message)
{
    public string Check { get; } = check;

    public int StatusCode { get; } = statusCode;
}

/// <summary>The checks a Teams sign-in goes through, in order; each refusal names one.</summary>
public static class TeamsChecks
{
    public const string NotConfigured = "TEAMS_NOT_CONFIGURED";
    public const string TokenMissing = "TEAMS_TOKEN_MISSING";
    public const string TokenMalformed = "TEAMS_TOKEN_MALFORMED";
    public const string Algorithm = "TEAMS_ALGORITHM";
    public const string TenantNotAllowed = "TEAMS_TENANT_NOT_ALLOWED";
    public const string Issuer = "TEAMS_ISSUER";
    public const string KeysUnavailable = "TEAMS_KEYS_UNAVAILABLE";
    public const string Signature = "TEAMS_SIGNATURE";
    public const string Audience = "TEAMS_AUDIENCE";
    public const string Expired = "TEAMS_EXPIRED";
    public const string NotYetValid = "TEAMS_NOT_YET_VALID";
    public const string Scope = "TEAMS_SCOPE";
    public const string Subject = "TEAMS_SUBJECT";
    public const string ContextTenant = "TEAMS_CONTEXT_TENANT";
    public const string ContextMalformed = "TEAMS_CONTEXT_MALFORMED";
    public const string NotTeamMember = "TEAMS_NOT_MEMBER";
    public const string RolesUnavailable = "TEAMS_ROLES_UNAVAILABLE";
}
