using Addin.Sdk.Summaries;

namespace Addin.Core.Recaps;

/// <summary>Applies a <see cref="RecapEdit"/> to a recap. Evidence is never edited: what stays keeps the evidence it was checked with.</summary>
public static class RecapEditor
{
    /// <summary>The longest overview or item text accepted.</summary>
    public const int MaxText = 4000;

    private static readonly string[] Parts = ["topics", "exchanges", "gaps", "nextSteps", "reviewQuestions", "moments"];

    /// <summary>The edited recap and what changed in words, e.g. "overview; 1 item edited; 2 items removed".</summary>
    /// <exception cref="ArgumentException">The edit names an item that does not exist, leaves a text empty or too long, or changes nothing.</exception>
    public static (Recap Recap, string Change) Apply(Recap recap, RecapEdit edit)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(edit);
        foreach (string key in edit.Texts.Keys.Concat(edit.Removed))
        {
            if (!Exists(recap, key))
            {
                throw new ArgumentException($"the recap has no item '{key}'; reload the page and edit the current version.");
            }
        }

        var texts = edit.Texts
            .Where(t => !edit.Removed.Contains(t.Key) && Current(recap, t.Key) != t.Value.Trim())
            .ToDictionary(t => t.Key, t => Checked(t.Value, t.Key));
        string? overview = edit.Overview is { } o && o.Trim() != recap.Overview ? Checked(o, "the overview", allowEmpty: true) : null;
        if (overview is null && texts.Count == 0 && edit.Removed.Count == 0)
        {
            throw new ArgumentException("the edit changes nothing; change the overview or an item, or remove an item.");
        }

        string Text(string key, string current) => texts.GetValueOrDefault(key, current);
        IReadOnlyList<T> Keep<T>(string part, IReadOnlyList<T> items, Func<T, string, T> rewrite) =>
            [.. items.Select((item, i) => (item, key: $"{part}/{i}")).Where(x => !edit.Removed.Contains(x.key)).Select(x => rewrite(x.item, x.key))];

        var edited = recap with
        {
            Overview = overview ?? recap.Overview,
            Topics = Keep("topics", recap.Topics, (t, k) => t with { Title = Text(k, t.Title) }),
            Exchanges = Keep("exchanges", recap.Exchanges, (e, k) => e with { Question = Text(k, e.Question) }),
            Gaps = Keep("gaps", recap.Gaps, (g, k) => g with { What = Text(k, g.What) }),
            NextSteps = Keep("nextSteps", recap.NextSteps, (s, k) => s with { What = Text(k, s.What) }),
            ReviewQuestions = Keep("reviewQuestions", recap.ReviewQuestions, (q, k) => q with { Question = Text(k, q.Question) }),
            Moments = Keep("moments", recap.Moments, (m, k) => m with { Label = Text(k, m.Label) }),
        };

        var said = new List<string>();
        if (overview is not null)
        {
            said.Add("overview");
        }

        if (texts.Count > 0)
        {
            said.Add(texts.Count == 1 ? "1 item edited" : $"{texts.Count} items edited");
        }

        if (edit.Removed.Count > 0)
        {
            said.Add(edit.Removed.Count == 1 ? "1 item removed" : $"{edit.Removed.Count} items removed");
        }

        return (edited, string.Join("; ", said));
    }

    private static bool Exists(Recap recap, string key) => Current(recap, key) is not null;

    /// <summary>The item's current text, or null when there is no such item.</summary>
    private static string? Current(Recap recap, string key)
    {
        string[] parts = key.Split('/');
        if (parts.Length != 2 || !Parts.Contains(parts[0]) || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i))
        {
            return null;
        }

        static string? At<T>(IReadOnlyList<T> items, int i, Func<T, string> text) => i < items.Count ? text(items[i]) : null;
        return parts[0] switch
        {
            "topics" => At(recap.Topics, i, t => t.Title),
            "exchanges" => At(recap.Exchanges, i, e => e.Question),
            "gaps" => At(recap.Gaps, i, g => g.What),
            "nextSteps" => At(recap.NextSteps, i, s => s.What),
            "reviewQuestions" => At(recap.ReviewQuestions, i, q => q.Question),
            _ => At(recap.Moments, i, m => m.Label),
        };
    }

    private static string Checked(string text, string what, bool allowEmpty = false)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0 && !allowEmpty)
        {
            throw new ArgumentException($"the new text of '{what}' is empty; write the text, or tick Remove to take the item out.");
        }

        return trimmed.Length > MaxText
            ? throw new ArgumentException($"the new text of {what} is {trimmed.Length} characters; keep it under {MaxText}.")
            : trimmed;
    }
}
