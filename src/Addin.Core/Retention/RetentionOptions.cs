namespace Addin.Core.Retention;

/// <summary>When retention tells instructors and when it runs. Configuration section <c>Addin:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Addin:Retention";

    /// <summary>How long before a recording is deleted its course's instructors are told (once).</summary>
    public TimeSpan NoticeBefore { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The hour of the day (UTC, 0 to 23) the daily retention run starts.</summary>
    public int DailyRunHourUtc { get; set; } = 3;
}
