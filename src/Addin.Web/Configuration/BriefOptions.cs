namespace Addin.Web.Configuration;

/// <summary>Pre-session briefs. Configuration section <c>Addin:Briefs</c>.</summary>
public sealed class BriefOptions
{
    public const string SectionName = "Addin:Briefs";

    /// <summary>How long before a session starts its brief is written and sent.</summary>
    public TimeSpan LeadTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The notifier that sends each brief to its instructor or substitute (e.g. <c>smtp</c>); empty sends none (briefs are still on the course page).</summary>
    public string? Notifier { get; set; }
}
