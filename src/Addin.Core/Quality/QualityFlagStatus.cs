namespace Addin.Core.Quality;

/// <summary>Where a flag is in review. The numbers are stored and never change.</summary>
public enum QualityFlagStatus
{
    /// <summary>Waiting for a reviewer.</summary>
    Open = 0,

    /// <summary>A reviewer acted on it.</summary>
    Resolved = 1,

    /// <summary>A reviewer found nothing to act on.</summary>
    Dismissed = 2,
}
