namespace Addin.Lti.Claims;

/// <summary>The launch_presentation claim: how the platform shows the tool.</summary>
/// <param name="DocumentTarget"><c>frame</c>, <c>iframe</c> or <c>window</c>.</param>
/// <param name="ReturnUrl">Where to send the user when done. Platform-supplied: check it before redirecting.</param>
/// <param name="Locale">The platform's locale for this launch.</param>
/// <param name="Width">Width of the window or frame, in pixels.</param>
/// <param name="Height">Height of the window or frame, in pixels.</param>
public sealed record LtiLaunchPresentation(string? DocumentTarget, string? ReturnUrl, string? Locale, int? Width, int? Height);
