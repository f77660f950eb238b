namespace Addin.Web.Configuration;

internal sealed class RosterSyncOptionsValidator : OptionsValidator<RosterSyncOptions>
{
    protected override IEnumerable<string> Problems(RosterSyncOptions options)
    {
        if (options.IntervalCron() is null)
        {
            yield return $"Addin:Lti:RosterSync:Interval '{options.Interval}' must divide an hour into whole minutes (e.g. 00:15:00, 00:30:00) or a day into whole hours (e.g. 01:00:00, 06:00:00, 1.00:00:00).";
        }

        if (options.MinimumAgeOnLaunch < TimeSpan.Zero || options.MinimumAgeOnLaunch > TimeSpan.FromDays(1))
        {
            yield return $"Addin:Lti:RosterSync:MinimumAgeOnLaunch '{options.MinimumAgeOnLaunch}' must be between 00:00:00 (sync at every launch) and 1.00:00:00.";
        }
    }
}
