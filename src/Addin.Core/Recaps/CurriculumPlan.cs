namespace Addin.Core.Recaps;

/// <summary>A course's curriculum plan, imported from CSV (<see cref="CurriculumPlanCsv"/>); recaps map topics to it.</summary>
public sealed class CurriculumPlan
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    /// <summary>The name of the file it was imported from.</summary>
    public required string FileName { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public long? ImportedById { get; set; }

    /// <summary>The topics in the plan's order.</summary>
    public List<CurriculumPlanTopic> Topics { get; } = [];
}

/// <summary>One topic of a curriculum plan.</summary>
public sealed class CurriculumPlanTopic
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    /// <summary>The topic's place in the plan, 0 for the first.</summary>
    public int Position { get; set; }

    /// <summary>The topic's stable id in the plan (from its title), which recaps refer to.</summary>
    public required string TopicId { get; set; }

    public required string Title { get; set; }

    /// <summary>The keywords, separated by semicolons as in the CSV.</summary>
    public required string Keywords { get; set; }

    public double? PlannedMinutes { get; set; }
}
