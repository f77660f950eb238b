using System.Text.Json;
using Addin.Lti.Claims;

namespace Addin.Lti.Launch;

/// <summary>Reads the deep_linking_settings claim (Deep Linking 2.0 §4.4.1), refusing what a response could not honour.</summary>
internal static class DeepLinkingSettingsReader
{
    private const string Claim = LtiClaimNames.DeepLinkingSettings;

    public static LtiDeepLinkingSettings Read(ClaimSet payload)
    {
        var settings = payload.Object(Claim)
            ?? throw new LtiValidationException(
                LtiErrorCode.MissingDeepLinkingSettings,
                $"The deep linking request has no deep_linking_settings claim ({Claim}), so the tool cannot know where to return content.");

        var returnUrlText = settings.String("deep_link_return_url");
        if (string.IsNullOrWhiteSpace(returnUrlText))
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingDeepLinkReturnUrl,
                $"The deep linking request has no deep_link_return_url in {Claim}; the platform must say where to post the selected content.");
        }

        if (!ClaimUrls.TryParseHttp(returnUrlText, out var returnUrl))
        {
            throw new LtiValidationException(
                LtiErrorCode.InvalidDeepLinkReturnUrl,
                $"The deep_link_return_url '{returnUrlText}' in {Claim} is not an absolute http(s) URL.");
        }

        var acceptTypes = NonBlank(settings.StringArray("accept_types"));
        if (acceptTypes.Count == 0)
        {
            throw new LtiValidationException(
                LtiErrorCode.MissingAcceptTypes,
                $"The deep linking request lists no accept_types in {Claim}; the platform must say which content item types it accepts (e.g. ltiResourceLink).");
        }

        return new LtiDeepLinkingSettings
        {
            DeepLinkReturnUrl = returnUrl,
            AcceptTypes = acceptTypes,
            AcceptPresentationDocumentTargets = NonBlank(settings.StringArray("accept_presentation_document_targets")),
            AcceptMediaTypes = MediaTypes(settings),
            AcceptMultiple = settings.Bool("accept_multiple"),
            AcceptLineItem = settings.Bool("accept_lineitem"),
            AutoCreate = settings.Bool("auto_create") ?? false,
            Title = settings.StringOrNull("title"),
            Text = settings.StringOrNull("text"),
            Data = settings.Raw("data"),
        };
    }

    // The specification sends a comma-separated string ("image/*,text/html"); its JSON schema an array. Both are read.
    private static IReadOnlyList<string> MediaTypes(ClaimSet settings)
    {
        if (settings.Raw("accept_media_types") is { ValueKind: JsonValueKind.String } text)
        {
            return NonBlank(text.GetString()!.Split(',', StringSplitOptions.TrimEntries));
        }

        return NonBlank(settings.StringArray("accept_media_types"));
    }

    private static List<string> NonBlank(IEnumerable<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}
