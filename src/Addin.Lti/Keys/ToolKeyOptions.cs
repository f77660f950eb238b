namespace Addin.Lti.Keys;

/// <summary>How often the tool's signing key rotates and how long retired keys stay published.</summary>
public sealed record ToolKeyOptions
{
    /// <summary>How long a key signs before the next key takes over.</summary>
    public TimeSpan RotationInterval { get; init; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long the retired key stays in the JWKS after a rotation, so tokens signed just before it (and platforms'
    /// JWKS caches) can still be verified. Its private key is deleted when the grace period ends.
    /// </summary>
    public TimeSpan PreviousKeyGrace { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The longest the key ring trusts its in-memory copy before reading the store again. With several instances of
    /// the tool sharing one store, this bounds how long they may disagree after one of them rotated.
    /// </summary>
    public TimeSpan ReloadInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Lists what is wrong with these options, each naming the property; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (RotationInterval < TimeSpan.FromHours(1))
        {
            problems.Add($"{nameof(RotationInterval)} must be at least 1 hour (90 days is usual).");
        }

        if (PreviousKeyGrace < TimeSpan.Zero || PreviousKeyGrace >= RotationInterval)
        {
            problems.Add($"{nameof(PreviousKeyGrace)} must be between 0 and {nameof(RotationInterval)} (1 day is usual).");
        }

        if (ReloadInterval <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(ReloadInterval)} must be positive.");
        }

        return problems;
    }
}
