namespace Addin.Media.Tools;

/// <summary>What the espeak-ng check found.</summary>
/// <param name="Version">The version espeak-ng reports, e.g. <c>1.51</c>, or null when it could not be run.</param>
/// <param name="Problems">What is wrong and how to fix it; empty when espeak-ng is usable.</param>
public sealed record EspeakStatus(string? Version, IReadOnlyList<string> Problems)
{
    /// <summary>True when espeak-ng runs.</summary>
    public bool IsReady => Problems.Count == 0;
}
