namespace Addin.Core.Retention;

/// <summary>Tells a course's instructors that retention will delete one of its recordings.</summary>
public interface IRetentionNotices
{
    /// <summary>Sends the notice; returns why it could not be sent, or null when it went out.</summary>
    Task<string?> SendAsync(RetentionNotice notice, CancellationToken cancellationToken);
}

/// <summary>A recording retention will delete, and when.</summary>
public sealed record RetentionNotice(long RecordingId, long CourseId, long PlatformId, string Title, string CourseTitle, DateTimeOffset DeleteOn, string Policy);
