using System.Text.RegularExpressions;
using Addin.Core.Transcripts;

namespace Addin.Core.Quality;

/// <summary>Who the instructors are in a transcript, how much the students spoke, and the instructors' longest unbroken stretch.</summary>
/// <param name="Instructors">The speakers taken for instructors.</param>
/// <param name="Total">Time spoken by everyone with a known speaker.</param>
/// <param name="StudentTalk">Time spoken by everyone else.</param>
/// <param name="LongestMonologue">The longest stretch of instructor lines with no student line between, or null when no instructor spoke.</param>
public sealed partial record TalkAnalysis(IReadOnlySet<string> Instructors, TimeSpan Total, TimeSpan StudentTalk, Monologue? LongestMonologue)
{
    /// <summary>The students' share of the talk time, 0 to 1.</summary>
    public double StudentShare => Total > TimeSpan.Zero ? StudentTalk / Total : 0;

    /// <summary>
    /// Analyses the lines. Instructors are the speakers named teacher, tutor, instructor, lecturer or professor, or the
    /// session's instructor by name; otherwise, when several people speak, the one who talks most. Lines without a
    /// speaker are left out: who said them cannot be told.
    /// </summary>
    public static TalkAnalysis Of(IReadOnlyList<TranscriptLine> lines, string? instructorName = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spoken = lines.Where(l => !string.IsNullOrWhiteSpace(l.Speaker)).OrderBy(l => l.StartMs).ToList();
        var bySpeaker = spoken.GroupBy(l => l.Speaker!.Trim(), StringComparer.Ordinal)
            .Select(g => (Speaker: g.Key, Time: TimeSpan.FromMilliseconds(g.Sum(l => Math.Max(0, l.EndMs - l.StartMs)))))
            .OrderByDescending(s => s.Time).ThenBy(s => s.Speaker, StringComparer.Ordinal)
            .ToList();
        var instructors = bySpeaker.Select(s => s.Speaker)
            .Where(s => InstructorTitle().IsMatch(s) || (instructorName is not null && string.Equals(s, instructorName.Trim(), StringComparison.OrdinalIgnoreCase)))
            .ToHashSet(StringComparer.Ordinal);
        if (instructors.Count == 0 && bySpeaker.Count > 1)
        {
            instructors.Add(bySpeaker[0].Speaker);
        }

        var total = TimeSpan.FromTicks(bySpeaker.Sum(s => s.Time.Ticks));
        var students = TimeSpan.FromTicks(bySpeaker.Where(s => !instructors.Contains(s.Speaker)).Sum(s => s.Time.Ticks));
        return new TalkAnalysis(instructors, total, students, LongestRun(spoken, instructors));
    }

    private static Monologue? LongestRun(List<TranscriptLine> spoken, HashSet<string> instructors)
    {
        Monologue? longest = null;
        TranscriptLine? first = null;
        TranscriptLine? last = null;
        foreach (var line in spoken.Append(null))
        {
            if (line is not null && instructors.Contains(line.Speaker!.Trim()))
            {
                first ??= line;
                last = line;
                continue;
            }

            if (first is not null && last is not null)
            {
                var run = new Monologue(first.Speaker!.Trim(), TimeSpan.FromMilliseconds(first.StartMs), TimeSpan.FromMilliseconds(last.EndMs));
                if (longest is null || run.Length > longest.Length)
                {
                    longest = run;
                }
            }

            (first, last) = (null, null);
        }

        return longest;
    }

    [GeneratedRegex(@"\b(teacher|tutor|instructor|lecturer|professor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstructorTitle();
}

/// <summary>An unbroken stretch of instructor talk, from the start of its first line to the end of its last.</summary>
public sealed record Monologue(string Speaker, TimeSpan Start, TimeSpan End)
{
    public TimeSpan Length => End - Start;
}
