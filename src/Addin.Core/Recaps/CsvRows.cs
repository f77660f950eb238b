using System.Text;

namespace Addin.Core.Recaps;

/// <summary>Splits RFC 4180 CSV into rows of fields: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvRows
{
    /// <summary>The non-blank rows, each with the 1-based line it starts on.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows its closing quote.</exception>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            int start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            int i = 0;
            while (true)
            {
                if (i < text.Length && text[i] == '"' && field.Length == 0)
                {
                    i++;
                    while (true)
                    {
                        if (i == text.Length)
                        {
                            text = reader.ReadLine() ?? throw new FormatException($"line {start}: a quoted field is not closed; end it with '\"'.");
                            line++;
                            field.Append('\n');
                            i = 0;
                            continue;
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i++]);
                    }

                    if (i < text.Length && text[i] != ',')
                    {
                        throw new FormatException($"line {line}: text follows a quoted field's closing quote; write a quote inside a quoted field as '\"\"'.");
                    }
                }

                while (i < text.Length && text[i] != ',')
                {
                    field.Append(text[i++]);
                }

                fields.Add(field.ToString().Trim());
                field.Clear();
                if (i >= text.Length)
                {
                    break;
                }

                i++;
            }

            if (fields.Any(f => f.Length > 0))
            {
                yield return (start, fields);
            }
        }
    }
}
