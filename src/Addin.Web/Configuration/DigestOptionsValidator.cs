namespace Addin.Web.Configuration;

internal sealed class DigestOptionsValidator : OptionsValidator<DigestOptions>
{
    protected override IEnumerable<string> Problems(DigestOptions options)
    {
        if (!CronSchedules.IsValid(options.Schedule))
        {
            yield return $"{DigestOptions.SectionName}:Schedule '{options.Schedule}' is not a cron expression: write five fields " +
                "(minute hour day-of-month month day-of-week, in UTC), for example \"0 17 * * 5\" for Fridays at 17:00.";
        }

        if (options.Notifier is { Length: > 0 } id && !ProviderIds.IsValid(id))
        {
            yield return $"{DigestOptions.SectionName}:Notifier '{id}' is not a notifier id; use the provider id from plugin.json, for example \"smtp\".";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            yield return $"{DigestOptions.SectionName}:TimeZone '{options.TimeZone}' is not a time zone; use an IANA id such as \"Europe/London\" or \"UTC\".";
        }
    }
}
