using System.Globalization;

namespace Addin.Core.Quality;

/// <summary>The quality rules: each looks at a session's facts and raises at most one finding, with its numbers and times.</summary>
public static class SessionQualityRules
{
    public static IReadOnlyList<QualityFinding> Evaluate(SessionFacts facts, QualityOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var talk = facts.Lines.Count > 0 ? TalkAnalysis.Of(facts.Lines, facts.InstructorName) : null;
        return [.. new[]
        {
            NoRecording(facts, options, now),
            ShortSession(facts, options),
            talk is null ? null : LowParticipation(facts, talk, options),
            CurriculumMissed(facts, options),
            talk is null ? null : LongMonologue(facts, talk, options),
        }.OfType<QualityFinding>()];
    }

    private static QualityFinding? NoRecording(SessionFacts facts, QualityOptions options, DateTimeOffset now)
    {
        if (facts.EndsAt is not { } end || now < end + options.NoRecordingGrace || facts.Recordings.Any(r => r.Ready))
        {
            return null;
        }

        string others = facts.Recordings.Count == 0 ? "no recording has arrived" : $"{Count(facts.Recordings.Count, "recording")} arrived but none became playable";
        return new QualityFinding(QualityFlagKind.NoRecording, $"Scheduled {Range(facts.StartsAt, end)}; {Hours(now - end)} after its end {others}.");
    }

    private static QualityFinding? ShortSession(SessionFacts facts, QualityOptions options)
    {
        if (facts is not { StartsAt: { } start, EndsAt: { } end, Recorded: { Duration: { } recorded } recording } || end <= start)
        {
            return null;
        }

        var scheduled = end - start;
        double share = recorded / scheduled;
        return share >= options.ShortSessionShare
            ? null
            : new QualityFinding(
                QualityFlagKind.ShortSession,
                Text($"Recorded {Minutes(recorded)} of the {Minutes(scheduled)} scheduled ({Range(start, end)}): {Percent(share)}, below the {Percent(options.ShortSessionShare)} threshold."),
                recording.Id);
    }

    private static QualityFinding? LowParticipation(SessionFacts facts, TalkAnalysis talk, QualityOptions options)
    {
        if (talk.Total <= TimeSpan.Zero || talk.StudentShare >= options.LowParticipationShare)
        {
            return null;
        }

        string instructors = talk.Instructors.Count == 0 ? "no one" : string.Join(", ", talk.Instructors.Order(StringComparer.Ordinal));
        return new QualityFinding(
            QualityFlagKind.LowParticipation,
            Text($"Students spoke {Minutes(talk.StudentTalk)} of {Minutes(talk.Total)} of talk ({Percent(talk.StudentShare)}, below the {Percent(options.LowParticipationShare)} threshold); instructor: {instructors}."),
            facts.Recorded?.Id);
    }

    /// <summary>
    /// A plan runs over many sessions, so a session is held only to the stretch of the plan it taught: topics in plan
    /// order between the first and the last it covered, skipped in between, were planned but not covered. A session with
    /// a transcript that covers no topic at all is flagged too.
    /// </summary>
    private static QualityFinding? CurriculumMissed(SessionFacts facts, QualityOptions options)
    {
        if (facts.Topics.Count == 0 || facts.Lines.Count == 0)
        {
            return null;
        }

        var covered = facts.Topics.Select((t, i) => (Topic: t, Index: i)).Where(t => t.Topic.Spoken >= options.MinimumTopicTime).ToList();
        if (covered.Count == 0)
        {
            return new QualityFinding(QualityFlagKind.CurriculumMissed, $"No topic of the curriculum plan got {Minutes(options.MinimumTopicTime)} or more in the transcript.", facts.Recorded?.Id);
        }

        var skipped = facts.Topics.Skip(covered[0].Index).Take(covered[^1].Index - covered[0].Index + 1).Where(t => t.Spoken < options.MinimumTopicTime).ToList();
        if (skipped.Count == 0)
        {
            return null;
        }

        string names = string.Join("; ", skipped.Select(t => Text($"'{t.Title}' ({Minutes(t.Spoken)}{(t.Planned is { } p ? $" of {Minutes(p)} planned" : "")})")));
        return new QualityFinding(
            QualityFlagKind.CurriculumMissed,
            $"Taught '{covered[0].Topic.Title}' to '{covered[^1].Topic.Title}' but not {names}.",
            facts.Recorded?.Id);
    }

    private static QualityFinding? LongMonologue(SessionFacts facts, TalkAnalysis talk, QualityOptions options)
    {
        if (talk.LongestMonologue is not { } run || run.Length < options.LongMonologue)
        {
            return null;
        }

        return new QualityFinding(
            QualityFlagKind.LongMonologue,
            $"{run.Speaker} spoke {Minutes(run.Length)} without a student turn, from {Clock(run.Start)} to {Clock(run.End)} (threshold {Minutes(options.LongMonologue)}).",
            facts.Recorded?.Id,
            run.Start);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => Text($"{share * 100:0}%");

    private static string Minutes(TimeSpan time) => Text($"{time.TotalMinutes:0.#} min");

    private static string Hours(TimeSpan time) => time.TotalHours >= 1 ? Text($"{time.TotalHours:0.#} h") : Minutes(time);

    private static string Clock(TimeSpan at) => at.ToString(at.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    private static string Range(DateTimeOffset? start, DateTimeOffset end) =>
        start is { } s
            ? Text($"{s.UtcDateTime:yyyy-MM-dd HH:mm}–{end.UtcDateTime:HH:mm} UTC")
            : Text($"to end {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC");

    private static string Count(int n, string noun) => Text($"{n} {noun}{(n == 1 ? "" : "s")}");
}
