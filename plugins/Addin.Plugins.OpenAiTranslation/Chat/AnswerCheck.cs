using System.Text.Json;

namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>Reads the model's answer for a batch: the translated texts in order, or what is wrong with it.</summary>
internal static class AnswerCheck
{
    public static (IReadOnlyList<string>? Texts, string? Problem) Read(string? content, IReadOnlyList<string> sent)
    {
        NumberedLines? answer;
        try
        {
            answer = string.IsNullOrWhiteSpace(content) ? null : NumberedLines.Parse(Unfenced(content));
        }
        catch (JsonException ex)
        {
            return (null, $"it is not JSON of the form {{\"lines\":[{{\"n\":1,\"text\":\"…\"}}]}} ({ex.Message})");
        }

        if (answer?.Lines is not { } lines)
        {
            return (null, "it has no \"lines\"");
        }

        if (lines.Count != sent.Count)
        {
            return (null, $"it has {lines.Count} lines for the {sent.Count} sent");
        }

        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null || lines[i].N != i + 1)
            {
                return (null, $"entry {i + 1} is numbered {lines[i]?.N.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}, not {i + 1}");
            }

            if (string.IsNullOrWhiteSpace(lines[i].Text) && !string.IsNullOrWhiteSpace(sent[i]))
            {
                return (null, $"line {i + 1} has no text");
            }
        }

        return ([.. lines.Select(l => l.Text ?? "")], null);
    }

    /// <summary>Local models often wrap JSON in a Markdown code fence even when asked not to.</summary>
    private static string Unfenced(string content)
    {
        string text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        int firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        string inner = firstLine < 0 ? "" : text[(firstLine + 1)..];
        return inner.EndsWith("```", StringComparison.Ordinal) ? inner[..^3] : inner;
    }
}
