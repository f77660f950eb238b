namespace Addin.Web.Sessions;

/// <summary>A page session started by an LMS launch: who, from which course, until when.</summary>
public sealed record ViewerSession(long PersonId, long? CourseId, DateTimeOffset ExpiresAt);
