using System.Globalization;

namespace Addin.Core.Playback;

/// <summary>Checks a batch against the recording before anything is stored; each problem names the item and what is wrong.</summary>
public static class PlaybackBatchValidator
{
    public const int MaxEvents = 200;
    public const int MaxRanges = 200;
    public const double MinSpeed = 0.5;
    public const double MaxSpeed = 2;

    // The player's clock may run a little past the duration the pipeline measured.
    private const double Slack = 1;

    /// <summary>The problems with <paramref name="batch"/> for a recording <paramref name="duration"/> seconds long; empty when it is fine.</summary>
    public static IReadOnlyList<string> Problems(PlaybackBatch batch, double duration)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<string>();
        if (batch.Events.Count > MaxEvents)
        {
            problems.Add($"events: {batch.Events.Count} events in one batch; send at most {MaxEvents}.");
        }

        if (batch.Watched.Count > MaxRanges)
        {
            problems.Add($"watched: {batch.Watched.Count} ranges in one batch; send at most {MaxRanges}.");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        CheckTime(problems, "position", batch.Position, duration);
        for (int i = 0; i < batch.Events.Count; i++)
        {
            CheckEvent(problems, $"events[{i}]", batch.Events[i], duration);
        }

        for (int i = 0; i < batch.Watched.Count; i++)
        {
            var range = batch.Watched[i];
            string where = $"watched[{i}]";
            CheckTime(problems, where + ".start", range.Start, duration);
            CheckTime(problems, where + ".end", range.End, duration);
            if (range.End < range.Start)
            {
                problems.Add($"{where}: ends ({Seconds(range.End)}) before it starts ({Seconds(range.Start)}).");
            }
        }

        return problems;
    }

    private static void CheckEvent(List<string> problems, string where, PlaybackEventInput e, double duration)
    {
        CheckTime(problems, where + ".position", e.Position, duration);
        switch (e.Kind)
        {
            case PlaybackEventKind.Seek:
                if (e.From is null || e.To is null)
                {
                    problems.Add($"{where}: a seek needs 'from' and 'to' (seconds).");
                }

                CheckTime(problems, where + ".from", e.From, duration);
                CheckTime(problems, where + ".to", e.To, duration);
                break;
            case PlaybackEventKind.Speed:
                if (e.Speed is not { } speed || !double.IsFinite(speed) || speed < MinSpeed || speed > MaxSpeed)
                {
                    problems.Add($"{where}: a speed change needs 'speed' between {Seconds(MinSpeed)} and {Seconds(MaxSpeed)}.");
                }

                break;
            case PlaybackEventKind.Captions:
                if (e.CaptionsOn is null)
                {
                    problems.Add($"{where}: a captions toggle needs 'captionsOn' (true or false).");
                }

                if (e.Language is { } language && !IsLanguageTag(language))
                {
                    problems.Add($"{where}: 'language' must be a language tag such as \"es\" or \"pt-BR\".");
                }

                break;
        }
    }

    private static bool IsLanguageTag(string language) =>
        language.Length is > 0 and <= 35 && language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static void CheckTime(List<string> problems, string where, double? seconds, double duration)
    {
        if (seconds is { } s && (!double.IsFinite(s) || s < 0 || s > duration + Slack))
        {
            problems.Add($"{where}: {Seconds(s)} is outside the recording (0 to {Seconds(duration)} seconds).");
        }
    }

    private static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
