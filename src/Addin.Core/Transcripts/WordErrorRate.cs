namespace Addin.Core.Transcripts;

/// <summary>
/// How far a transcript is from a reference: the fewest word substitutions, deletions and insertions that turn the
/// reference into the transcript (word-level Levenshtein), after both are normalised by <see cref="SpokenWords"/>.
/// </summary>
public sealed record WordErrorRate(int ReferenceWords, int HypothesisWords, int Substitutions, int Deletions, int Insertions)
{
    public int Errors => Substitutions + Deletions + Insertions;

    /// <summary>Errors per reference word (can exceed 1 when the transcript adds many words); 0 for two empty texts.</summary>
    public double Rate => ReferenceWords == 0 ? (HypothesisWords == 0 ? 0 : 1) : Errors / (double)ReferenceWords;

    public static WordErrorRate Compute(string reference, string hypothesis) =>
        Compute(SpokenWords.Normalise(reference), SpokenWords.Normalise(hypothesis));

    public static WordErrorRate Compute(IReadOnlyList<string> reference, IReadOnlyList<string> hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        int n = reference.Count, m = hypothesis.Count;
        var cost = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            cost[i, 0] = i;
        }

        for (int j = 0; j <= m; j++)
        {
            cost[0, j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                int substitute = cost[i - 1, j - 1] + (string.Equals(reference[i - 1], hypothesis[j - 1], StringComparison.Ordinal) ? 0 : 1);
                cost[i, j] = Math.Min(substitute, Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        }

        // Walk back along one cheapest alignment to tell the kinds of error apart.
        int substitutions = 0, deletions = 0, insertions = 0;
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && cost[i, j] == cost[i - 1, j - 1] + (string.Equals(reference[i - 1], hypothesis[j - 1], StringComparison.Ordinal) ? 0 : 1))
            {
                substitutions += cost[i, j] - cost[i - 1, j - 1];
                (i, j) = (i - 1, j - 1);
            }
            else if (i > 0 && cost[i, j] == cost[i - 1, j] + 1)
            {
                deletions++;
                i--;
            }
            else
            {
                insertions++;
                j--;
            }
        }

        return new WordErrorRate(n, m, substitutions, deletions, insertions);
    }
}
