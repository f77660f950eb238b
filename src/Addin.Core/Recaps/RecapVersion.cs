namespace Addin.Core.Recaps;

/// <summary>One version of a recap: a draft, an edit or a decision, with who made it and when. Never changed once written.</summary>
public sealed class RecapVersion
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>1 for the first draft, then one more for each edit or decision.</summary>
    public int Number { get; set; }

    public RecapStatus Status { get; set; }

    /// <summary>What this version did, in words for the history ("drafted by local-summariser", "approved", …).</summary>
    public required string Change { get; set; }

    /// <summary>The checked recap (the SDK's <see cref="Sdk.Summaries.Recap"/>) as JSON; see <see cref="RecapJson"/>.</summary>
    public required string RecapJson { get; set; }

    /// <summary>How many claims of the summariser's draft the evidence check dropped.</summary>
    public int DroppedClaims { get; set; }

    public required string SummariserId { get; set; }

    public string? Model { get; set; }

    public string? PromptVersion { get; set; }

    public int? InputTokens { get; set; }

    public int? OutputTokens { get; set; }

    /// <summary>Who made this version; null when the pipeline drafted it.</summary>
    public long? ChangedById { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
