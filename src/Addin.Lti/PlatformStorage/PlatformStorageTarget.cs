using System.Text.RegularExpressions;

namespace Addin.Lti.PlatformStorage;

/// <summary>
/// The <c>lti_storage_target</c> a platform sends with its login initiation: the name of the frame (in the tool's
/// parent window) that answers <c>lti.put_data</c> and <c>lti.get_data</c>, or <c>_parent</c> for the parent itself
/// (LTI OIDC Login with LTI Client Side postMessages, v0.1).
/// </summary>
public static partial class PlatformStorageTarget
{
    /// <summary>The longest frame name the tool keeps with a pending login.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// Whether <paramref name="frameName"/> is a frame name the tool will use. Platforms send short identifiers
    /// (<c>_parent</c>, <c>post_message_forwarding</c>, <c>lti_storage_frame</c>); anything else is ignored and the
    /// login relies on its cookie alone.
    /// </summary>
    public static bool IsUsable(string? frameName) => frameName is not null && FrameName().IsMatch(frameName);

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrameName();
}
