using Addin.Core.Audit;
using Addin.Core.Launches;
using Addin.Lti.Launch;
using Addin.Web.Rosters;
using Addin.Web.Sessions;

namespace Addin.Web.Lti;

/// <summary>What completing a launch needs: validation, recording the person and course, the page session, the deep linking pick, the roster sync it may queue, audit.</summary>
internal sealed record LaunchServices(
    LaunchValidator Validator,
    LaunchRecorder Recorder,
    EfPlatformRegistrationStore Registrations,
    ViewerSessionTokens Sessions,
    DeepLinkPickTokens Picks,
    RosterSyncRequests RosterSync,
    AuditLog Audit,
    ILoggerFactory Loggers);
