namespace Addin.Core.Access;

/// <summary>Who is looking: a person of a platform, as established by their LTI launch.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="PlatformId">The platform they launched from.</param>
/// <param name="InstitutionId">The institution that platform belongs to.</param>
/// <param name="IsReviewer">True when the LMS says they administer the institution.</param>
public sealed record Viewer(long PersonId, long PlatformId, long InstitutionId, bool IsReviewer);
