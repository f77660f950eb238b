namespace Addin.Web.Configuration;

/// <summary>
/// Who is told about recordings that fail, become ready or never arrive, and about recaps to review, and through which notifiers. Configuration section
/// <c>Addin:Alerts</c>; the notifiers' own settings (server, password, webhook URL) are under <c>Addin:Providers:Settings</c>.
/// </summary>
public sealed class AlertOptions
{
    public const string SectionName = "Addin:Alerts";

    /// <summary>The notifiers operations alerts go through, e.g. <c>smtp</c> and <c>teams-webhook</c>; empty sends none.</summary>
    public List<string> OperationsNotifiers { get; set; } = [];

    /// <summary>The email addresses of operations, for email notifiers.</summary>
    public List<string> OperationsRecipients { get; set; } = [];

    /// <summary>The notifier that tells a course's instructors (at their email addresses from the LMS); empty tells them nothing.</summary>
    public string? InstructorNotifier { get; set; }

    /// <summary>Tell instructors when a recording of their course is ready.</summary>
    public bool TellInstructorsWhenReady { get; set; } = true;

    /// <summary>Tell instructors when a recording of their course failed.</summary>
    public bool TellInstructorsWhenFailed { get; set; } = true;

    /// <summary>Tell a session's instructor when it ended without a recording (operations are told whenever they have notifiers).</summary>
    public bool TellInstructorsWhenMissing { get; set; } = true;

    /// <summary>Tell a session's instructor and substitute when its recap is drafted and awaits their review.</summary>
    public bool TellInstructorsWhenRecapDrafted { get; set; } = true;

    /// <summary>Every notifier named here, each once.</summary>
    public List<string> NotifierIds =>
        [.. OperationsNotifiers.Append(InstructorNotifier).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];
}
