namespace Addin.Web.Configuration;

/// <summary>Parent digests sent by a notifier. Configuration section <c>Addin:Digests</c>.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Addin:Digests";

    /// <summary>When digests are sent: a cron expression in UTC (Fridays at 17:00 by default).</summary>
    public string Schedule { get; set; } = "0 17 * * 5";

    /// <summary>The notifier that emails each parent their digest (e.g. <c>smtp</c>); empty sends none.</summary>
    public string? Notifier { get; set; }

    /// <summary>The time zone the digests' dates are written in (an IANA id such as <c>Europe/London</c>).</summary>
    public string TimeZone { get; set; } = "UTC";
}
