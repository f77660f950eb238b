namespace Addin.Core.Quality;

/// <summary>A flag the rules raise, before it is stored: its kind, its evidence, and where it points.</summary>
public sealed record QualityFinding(QualityFlagKind Kind, string Evidence, long? RecordingId = null, TimeSpan? At = null);
