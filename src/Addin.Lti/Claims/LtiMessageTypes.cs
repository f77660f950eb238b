namespace Addin.Lti.Claims;

/// <summary>Values of the message_type and version claims.</summary>
public static class LtiMessageTypes
{
    public const string ResourceLinkRequest = "LtiResourceLinkRequest";
    public const string DeepLinkingRequest = "LtiDeepLinkingRequest";
    public const string DeepLinkingResponse = "LtiDeepLinkingResponse";

    /// <summary>The only LTI version this tool accepts.</summary>
    public const string Version = "1.3.0";
}
