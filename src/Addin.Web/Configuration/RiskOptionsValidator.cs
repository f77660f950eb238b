namespace Addin.Web.Configuration;

internal sealed class RiskOptionsValidator : OptionsValidator<RiskOptions>
{
    protected override IEnumerable<string> Problems(RiskOptions options)
    {
        if (!CronSchedules.IsValid(options.ScoreSchedule))
        {
            yield return $"{RiskOptions.SectionName}:ScoreSchedule '{options.ScoreSchedule}' is not a cron expression: write five fields " +
                "(minute hour day-of-month month day-of-week, in UTC), for example \"0 2 * * *\" for every day at 02:00 or \"0 6 * * 1-5\" for weekdays at 06:00.";
        }
    }
}
