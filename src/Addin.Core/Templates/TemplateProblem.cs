namespace Addin.Core.Templates;

/// <summary>Why a template was refused, with where in it (1-based line and column) when the parser said.</summary>
public sealed record TemplateProblem(string Message, int? Line, int? Column)
{
    public override string ToString() => Line is { } line ? $"line {line}, column {Column}: {Message}" : Message;
}
