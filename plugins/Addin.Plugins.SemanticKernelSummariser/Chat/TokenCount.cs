namespace Addin.Plugins.SemanticKernelSummariser.Chat;

/// <summary>Tokens the endpoint reported using (its <c>usage</c>); null when it reported none.</summary>
internal readonly record struct TokenCount(int? Input, int? Output)
{
    public static TokenCount None => default;

    public static TokenCount operator +(TokenCount a, TokenCount b) => new(Sum(a.Input, b.Input), Sum(a.Output, b.Output));

    private static int? Sum(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
