using Addin.Lti.Services;

namespace Addin.Web.Rosters;

/// <summary>
/// A course's roster could not be synced, and nothing was changed. The message names the course and the platform (what
/// the job engine shows beside the failed job), then why.
/// </summary>
public sealed class RosterSyncException(string courseKey, string platformKey, string reason, Exception? innerException = null)
    : Exception($"The roster of course '{courseKey}' could not be read from platform '{platformKey}'; nothing was changed. {reason}", innerException)
{
    public string CourseKey { get; } = courseKey;

    public string PlatformKey { get; } = platformKey;

    /// <summary>The platform's refusal or failure, when the service call is what failed.</summary>
    public LtiServiceException? ServiceError => InnerException as LtiServiceException;
}
