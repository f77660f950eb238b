namespace Addin.Lti.Services;

/// <summary>
/// Why a call to a platform's LTI Advantage service (token endpoint, NRPS, AGS) failed. The names are stable: emit and
/// persist the name (or <see cref="LtiServiceException.ErrorId"/>), never the numeric value.
/// </summary>
public enum LtiServiceErrorCode
{
    /// <summary>The registration has no OAuth 2 token endpoint, so no service can be called.</summary>
    MissingTokenEndpoint,

    /// <summary>The token endpoint refused the client-credentials request (an OAuth error such as <c>invalid_scope</c>).</summary>
    TokenRefused,

    /// <summary>The token endpoint answered 2xx with something that is not a usable bearer token.</summary>
    InvalidTokenResponse,

    /// <summary>The service refused the access token (HTTP 401), even after a fresh one was fetched.</summary>
    Unauthorized,

    /// <summary>The service answered HTTP 403.</summary>
    Forbidden,

    /// <summary>The service answered HTTP 404 (or 410).</summary>
    NotFound,

    /// <summary>The service answered another 4xx status.</summary>
    Refused,

    /// <summary>The platform kept answering 429 or 503, or asked to wait longer than the tool waits.</summary>
    RateLimited,

    /// <summary>The service answered a 5xx status.</summary>
    PlatformError,

    /// <summary>The platform could not be reached or did not answer in time.</summary>
    Unreachable,

    /// <summary>The service answered 2xx with a body that is not what the specification describes.</summary>
    InvalidResponse,

    /// <summary>A paging link pointed to another origin; following it would hand the access token to that origin.</summary>
    UnsafeLink,

    /// <summary>Paging links went round in a loop, or there were more pages than the tool follows.</summary>
    PagingLoop,
}
