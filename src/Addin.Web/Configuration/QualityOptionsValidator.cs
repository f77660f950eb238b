using Addin.Core.Quality;

namespace Addin.Web.Configuration;

internal sealed class QualityOptionsValidator : OptionsValidator<QualityOptions>
{
    private const string Section = QualityOptions.SectionName;

    protected override IEnumerable<string> Problems(QualityOptions options)
    {
        if (options.ShortSessionShare is <= 0 or > 1 || double.IsNaN(options.ShortSessionShare))
        {
            yield return $"{Section}:ShortSessionShare '{options.ShortSessionShare}' must be above 0 and at most 1 (0.8 flags recordings under 80% of the scheduled time).";
        }

        if (options.LowParticipationShare is < 0 or >= 1 || double.IsNaN(options.LowParticipationShare))
        {
            yield return $"{Section}:LowParticipationShare '{options.LowParticipationShare}' must be from 0 to below 1 (0.2 flags students speaking under 20% of the time).";
        }

        if (options.LongMonologue < TimeSpan.FromMinutes(1) || options.LongMonologue > TimeSpan.FromHours(4))
        {
            yield return $"{Section}:LongMonologue '{options.LongMonologue}' must be between 00:01:00 and 04:00:00.";
        }

        if (options.NoRecordingGrace < TimeSpan.Zero || options.NoRecordingGrace > TimeSpan.FromDays(7))
        {
            yield return $"{Section}:NoRecordingGrace '{options.NoRecordingGrace}' must be between 00:00:00 and 7.00:00:00.";
        }

        if (options.MinimumTopicTime < TimeSpan.Zero || options.MinimumTopicTime > TimeSpan.FromHours(1))
        {
            yield return $"{Section}:MinimumTopicTime '{options.MinimumTopicTime}' must be between 00:00:00 and 01:00:00.";
        }

        if (options.CheckInterval < TimeSpan.FromMinutes(1) || options.CheckInterval > TimeSpan.FromMinutes(60) || 60 % (int)options.CheckInterval.TotalMinutes != 0 || options.CheckInterval.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            yield return $"{Section}:CheckInterval '{options.CheckInterval}' must be whole minutes dividing an hour (00:05:00, 00:15:00, 00:30:00, 01:00:00).";
        }
    }
}
