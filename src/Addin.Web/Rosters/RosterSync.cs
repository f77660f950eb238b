using Addin.Core.Persistence;
using Addin.Core.Rosters;
using Addin.Lti.Services;
using Addin.Lti.Services.NamesRoles;
using Addin.Web.Lti;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Rosters;

/// <summary>
/// Reads a course's roster from its LMS (LTI Names and Role Provisioning, every page) and applies it. The roster is
/// applied only when it was read whole: a refused, failed or cut-short listing throws before anything changes, so a
/// platform's bad moment never removes anyone.
/// </summary>
public sealed partial class RosterSync(
    AddinDbContext db,
    NamesRolesClient namesRoles,
    RosterUpdater updater,
    ILogger<RosterSync> logger)
{
    /// <summary>Syncs the course's roster.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="requestedAt">
    /// When the sync was asked for; when the roster was synced since then (by another request), there is nothing to do.
    /// </param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    /// <returns>What changed; null when nothing was applied.</returns>
    /// <exception cref="RosterSyncException">
    /// The platform refused, failed, could not be reached, or listed another course's members; nothing was changed.
    /// </exception>
    public async Task<RosterChanges?> SyncAsync(long courseId, DateTimeOffset? requestedAt, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().Include(c => c.Platform!).ThenInclude(p => p.Deployments)
            .SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            LogCourseGone(logger, courseId);
            return null;
        }

        if (requestedAt is { } asked && course.RosterSyncedAt >= asked)
        {
            LogAlreadySynced(logger, course.Key, course.RosterSyncedAt.Value);
            return null;
        }

        if (!Uri.TryCreate(course.MembershipsUrl, UriKind.Absolute, out var membershipsUrl))
        {
            LogNoRosterService(logger, course.Key, course.Platform!.Key);
            return null;
        }

        var platform = course.Platform!;
        Membership membership;
        try
        {
            membership = await namesRoles.GetMembersAsync(EfPlatformRegistrationStore.ToRegistration(platform), membershipsUrl, NamesRolesQuery.All, cancellationToken);
        }
        catch (LtiServiceException ex)
        {
            LogReadFailed(logger, course.Key, courseId, platform.Key, ex.ErrorId, ex.StatusCode, ex.Message);
            throw new RosterSyncException(course.Key, platform.Key, $"{ex.ErrorId}: {ex.Message}", ex);
        }

        if (membership.Context is { } context && !string.Equals(context.Id, course.ContextId, StringComparison.Ordinal))
        {
            LogWrongContext(logger, course.Key, course.ContextId, platform.Key, context.Id);
            throw new RosterSyncException(
                course.Key,
                platform.Key,
                $"Its roster URL answers with the members of LTI context '{context.Id}', not '{course.ContextId}'. A launch from the course brings its current roster URL.");
        }

        if (membership.Members.Count == 0)
        {
            // Every course someone launched from has at least that person; an empty roster is a platform's glitch, and
            // applying it as complete would remove everyone.
            LogEmptyRoster(logger, course.Key, platform.Key);
            return null;
        }

        var changes = await updater.ApplyAsync(courseId, membership.Members.Select(m => m.ToRosterMember()).ToList(), complete: true, cancellationToken);
        LogSynced(logger, course.Key, platform.Key, membership.Members.Count, changes.Added, changes.Changed, changes.Removed);
        return changes;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster sync: course {CourseId} no longer exists")]
    private static partial void LogCourseGone(ILogger logger, long courseId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Roster sync of course {CourseKey} skipped: synced at {SyncedAt} since it was asked for")]
    private static partial void LogAlreadySynced(ILogger logger, string courseKey, DateTimeOffset syncedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster sync of course {CourseKey} skipped: platform {PlatformKey} has not offered its roster service (no NRPS claim in a launch yet)")]
    private static partial void LogNoRosterService(ILogger logger, string courseKey, string platformKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster sync of course {CourseKey} ({CourseId}) from platform {PlatformKey} failed, nothing changed: {ErrorId} (HTTP {StatusCode}) {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string courseKey, long courseId, string platformKey, string errorId, int? statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Roster sync of course {CourseKey} (context {ContextId}) refused: platform {PlatformKey} answered with the roster of context {OtherContextId}; nothing changed")]
    private static partial void LogWrongContext(ILogger logger, string courseKey, string contextId, string platformKey, string otherContextId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster sync of course {CourseKey}: platform {PlatformKey} listed no members; nothing changed")]
    private static partial void LogEmptyRoster(ILogger logger, string courseKey, string platformKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster of course {CourseKey} synced from platform {PlatformKey}: {Members} members; {Added} added, {Changed} changed, {Removed} removed")]
    private static partial void LogSynced(ILogger logger, string courseKey, string platformKey, int members, int added, int changed, int removed);
}
