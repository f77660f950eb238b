namespace Addin.Web.Configuration;

/// <summary>Roster sync from the LMS (LTI Names and Role Provisioning). Configuration section <c>Addin:Lti:RosterSync</c>.</summary>
public sealed class RosterSyncOptions
{
    public const string SectionName = "Addin:Lti:RosterSync";

    /// <summary>False stops roster syncs; people are then known from their own launches only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every course whose LMS offers its roster is synced.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A launch asks for a sync of its course when the roster is older than this (never waiting for it).</summary>
    public TimeSpan MinimumAgeOnLaunch { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// <see cref="Interval"/> as the cron expression the job engine schedules by; null when no cron expression repeats
    /// at exactly that interval (it must divide an hour into whole minutes, or a day into whole hours).
    /// </summary>
    public string? IntervalCron()
    {
        if (Interval <= TimeSpan.Zero || Interval.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            return null;
        }

        long minutes = (long)Interval.TotalMinutes;
        return minutes switch
        {
            60 * 24 => "0 0 * * *",
            _ when minutes < 60 && 60 % minutes == 0 => $"*/{minutes} * * * *",
            _ when minutes % 60 == 0 && minutes < 60 * 24 && 24 % (minutes / 60) == 0 => $"0 */{minutes / 60} * * *",
            _ => null,
        };
    }
}
