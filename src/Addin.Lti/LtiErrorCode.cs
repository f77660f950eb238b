namespace Addin.Lti;

/// <summary>
/// Why an LTI login or launch was refused. The names are stable: emit and persist the name
/// (or <see cref="LtiValidationException.ErrorId"/>), never the numeric value.
/// </summary>
public enum LtiErrorCode
{
    // OIDC third-party initiated login
    MissingLoginParameter,
    UnknownIssuer,
    UnknownClient,
    AmbiguousRegistration,
    InvalidTargetLinkUri,

    // Step 1: state
    MissingState,
    StateNotBoundToBrowser,
    StateMismatch,
    PlatformStorageNotOffered,
    UnknownState,
    StateExpired,

    // Steps 2–3: token format and header
    MalformedToken,
    UnsupportedAlgorithm,
    MissingKid,

    // Step 4: issuer, registration, audience
    IssuerMismatch,
    UnknownRegistration,
    AudienceMismatch,
    AuthorizedPartyMismatch,

    // Step 5: keys and signature
    JwksUnavailable,
    UnknownKid,
    UnsupportedKey,
    BadSignature,

    // Step 6: lifetime
    MissingExp,
    Expired,
    MissingIat,
    IssuedInFuture,
    TooOld,

    // Step 7: nonce
    MissingNonce,
    NonceMismatch,
    NonceReplayed,

    // Step 8: deployment (also checked at login when the platform sends lti_deployment_id)
    MissingDeploymentId,
    UnknownDeployment,

    // Steps 9–10: LTI message
    MissingVersion,
    UnsupportedVersion,
    MissingMessageType,
    UnsupportedMessageType,
    MissingSubject,
    MissingResourceLink,
    MissingRoles,
    MissingTargetLinkUri,
    InvalidClaim,

    // Step 10 for LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1)
    MissingDeepLinkingSettings,
    MissingDeepLinkReturnUrl,
    InvalidDeepLinkReturnUrl,
    MissingAcceptTypes,
}
