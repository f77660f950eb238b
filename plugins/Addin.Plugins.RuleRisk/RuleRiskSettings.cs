namespace Addin.Plugins.RuleRisk;

/// <summary>The thresholds, as <c>plugin.json</c> describes them (its defaults fill what a platform leaves out).</summary>
public sealed class RuleRiskSettings
{
    public int WindowWeeks { get; set; } = 2;

    public Thresholds Attendance { get; set; } = new() { Medium = 0.75, High = 0.5 };

    public Thresholds Score { get; set; } = new() { Medium = 0.6, High = 0.45 };

    public Thresholds Activity { get; set; } = new() { Medium = 8, High = 3 };

    public Thresholds MissedInARow { get; set; } = new() { Medium = 2, High = 3 };

    /// <summary>The watched share of the window's recordings below which missing a session is a (medium) concern; 0 is off.</summary>
    public double CatchUp { get; set; } = 0.5;
}

/// <summary>Where a signal turns a student medium and high risk.</summary>
public sealed class Thresholds
{
    public double Medium { get; set; }

    public double High { get; set; }
}
