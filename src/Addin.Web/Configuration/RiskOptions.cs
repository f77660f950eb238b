namespace Addin.Web.Configuration;

/// <summary>Scheduled risk scoring. Configuration section <c>Addin:Risk</c>.</summary>
public sealed class RiskOptions
{
    public const string SectionName = "Addin:Risk";

    /// <summary>When every active course is scored with its platform's risk model: a cron expression in UTC (daily at 02:00 by default).</summary>
    public string ScoreSchedule { get; set; } = "0 2 * * *";
}
