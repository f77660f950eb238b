namespace Addin.Lti.Claims;

/// <summary>The OAuth 2 scopes of the LTI Advantage services.</summary>
public static class LtiScopes
{
    public const string OpenId = "openid";

    // Assignment and Grade Services 2.0
    public const string AgsLineItem = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public const string AgsLineItemReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public const string AgsResultReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public const string AgsScore = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    // Names and Role Provisioning Services 2.0
    public const string NrpsContextMembershipReadOnly = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
}
