namespace Addin.Core.Recaps;

/// <summary>
/// An instructor's changes to a recap. Items are named by their part and 0-based position in the version being edited:
/// <c>topics/0</c>, <c>exchanges/1</c>, <c>gaps/0</c>, <c>nextSteps/2</c>, <c>reviewQuestions/0</c>, <c>moments/3</c>.
/// </summary>
public sealed record RecapEdit
{
    /// <summary>The new overview; null leaves it as it is.</summary>
    public string? Overview { get; init; }

    /// <summary>New text for items: a topic's title, an exchange's question, a gap's description, a step, a review question, a moment's label.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();

    /// <summary>Items to remove.</summary>
    public IReadOnlySet<string> Removed { get; init; } = new HashSet<string>();
}
