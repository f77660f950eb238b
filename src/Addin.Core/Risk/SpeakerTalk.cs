namespace Addin.Core.Risk;

/// <summary>How long each speaker of a transcript spoke and how many turns they took (a turn is a run of their lines).</summary>
public sealed record SpeakerTalk(IReadOnlyDictionary<string, (long Ms, int Turns)> Speakers, long TotalMs)
{
    /// <summary>Speaker names compare without case and surrounding spaces, as roster names are written differently.</summary>
    public static string NameKey(string name) => name.Trim().ToUpperInvariant();

    /// <summary>Adds up lines in spoken order; lines without a speaker count toward the total only.</summary>
    public static SpeakerTalk Of(IEnumerable<(string? Speaker, long Ms)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var speakers = new Dictionary<string, (long Ms, int Turns)>(StringComparer.Ordinal);
        long total = 0;
        string? previous = null;
        foreach (var (speaker, ms) in lines)
        {
            total += ms;
            string? key = speaker is null ? null : NameKey(speaker);
            if (key is not null)
            {
                var (spoken, turns) = speakers.GetValueOrDefault(key);
                speakers[key] = (spoken + ms, turns + (key == previous ? 0 : 1));
            }

            previous = key;
        }

        return new SpeakerTalk(speakers, total);
    }
}
