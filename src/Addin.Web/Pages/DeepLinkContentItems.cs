using System.Globalization;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Web.Lti;
using Addin.Web.Manifests;

namespace Addin.Web.Pages;

/// <summary>
/// Turns what an instructor picked into the ltiResourceLink items returned to the LMS. Each link launches Addin at a
/// URL <see cref="LaunchDestination"/> understands, with the custom parameters Addin registers (so copied links keep
/// their course history) plus what identifies the content.
/// </summary>
public static class DeepLinkContentItems
{
    /// <summary>The custom parameter naming the recording a link opens.</summary>
    public const string RecordingIdParameter = "recording_id";

    private static readonly DeepLinkingIframe Iframe = new(1024, 768);
    private static readonly DeepLinkingWindow Window = new() { TargetName = "addin" };

    public static LtiResourceLinkItem For(PickableItem item, LtiDeepLinkingSettings settings, ToolUrls urls)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(urls);
        var (iframe, window) = Presentation(settings);
        var custom = new Dictionary<string, string>(ToolDescription.CustomParameters, StringComparer.Ordinal);
        var link = item.Kind switch
        {
            PickableKind.Recording => new LtiResourceLinkItem
            {
                Title = item.Title,
                Text = RecordingText(item),
                Url = urls.RecordingTarget(item.Id),
                Custom = WithValue(custom, RecordingIdParameter, item.Id.ToString(CultureInfo.InvariantCulture)),
            },
            PickableKind.CourseRecordings => new LtiResourceLinkItem
            {
                Title = $"Session recordings: {item.Title}",
                Text = "Every session recording of the course that you took part in, with captions and a transcript.",
                Url = urls.Target,
                Custom = custom,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Kind, "No content item for this kind."),
        };
        return link with { Iframe = iframe, Window = window };
    }

    /// <summary>
    /// How the links ask to be shown, from what the platform accepts: Addin's pages are made for the LMS's iframe, a
    /// new window is next best; with neither offered the platform chooses.
    /// </summary>
    public static (DeepLinkingIframe? Iframe, DeepLinkingWindow? Window) Presentation(LtiDeepLinkingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var targets = settings.AcceptPresentationDocumentTargets;
        return targets.Contains("iframe", StringComparer.Ordinal) ? (Iframe, null)
            : targets.Contains("window", StringComparer.Ordinal) ? (null, Window)
            : (null, null);
    }

    private static string RecordingText(PickableItem item)
    {
        var parts = new List<string> { "Session recording" };
        if (item.At is { } at)
        {
            parts.Add(at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        }

        if (item.Duration is { } duration)
        {
            parts.Add(TimeText.Clock(duration));
        }

        return string.Join(", ", parts);
    }

    private static Dictionary<string, string> WithValue(Dictionary<string, string> custom, string name, string value)
    {
        custom[name] = value;
        return custom;
    }
}
