using Addin.Sdk.Summaries;

namespace Addin.Core.Recaps;

/// <summary>A recap with only the claims whose evidence is in the transcript, and the claims that were dropped.</summary>
/// <param name="Recap">What may be shown.</param>
/// <param name="Dropped">What may not, and why.</param>
public sealed record CheckedRecap(Recap Recap, IReadOnlyList<DroppedClaim> Dropped);
