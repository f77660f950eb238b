namespace Addin.PluginHost.Versioning;

/// <summary>
/// An npm-style version range: <c>^1.0</c>, <c>~1.2.3</c>, <c>1.x</c>, <c>*</c>, <c>&gt;=1.0.0 &lt;2.0.0</c> (space is AND),
/// <c>^1.0 || ^2.0</c> (OR). Versions compare by semver precedence; unlike npm, a pre-release host version is not
/// excluded from ranges that name no pre-release.
/// </summary>
internal sealed class VersionRange
{
    private const string Expected = "expected forms like ^1.0, ~1.2, 1.x, >=1.0.0 <2.0.0";

    private readonly IReadOnlyList<IReadOnlyList<Bound>> _alternatives;

    private VersionRange(IReadOnlyList<IReadOnlyList<Bound>> alternatives) => _alternatives = alternatives;

    private enum Op
    {
        Equal,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
    }

    public static bool TryParse(string text, out VersionRange range, out string error)
    {
        range = new VersionRange([]);
        var alternatives = new List<IReadOnlyList<Bound>>();
        foreach (string alternative in text.Split("||"))
        {
            var bounds = new List<Bound>();
            foreach (string comparator in Comparators(alternative))
            {
                if (!TryExpand(comparator, bounds, out error))
                {
                    return false;
                }
            }

            alternatives.Add(bounds);
        }

        range = new VersionRange(alternatives);
        error = "";
        return true;
    }

    public bool IsSatisfiedBy(SemanticVersion version) =>
        _alternatives.Any(bounds => bounds.All(bound => bound.Admits(version)));

    // ">= 1.0" is one comparator written with a space; glue a bare operator to the version after it.
    private static IEnumerable<string> Comparators(string alternative)
    {
        string pending = "";
        foreach (string token in alternative.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.All(c => c is '^' or '~' or '>' or '<' or '='))
            {
                pending += token;
                continue;
            }

            yield return pending + token;
            pending = "";
        }

        if (pending.Length > 0 || alternative.Trim().Length == 0)
        {
            yield return pending;
        }
    }

    private static bool TryExpand(string comparator, List<Bound> bounds, out string error)
    {
        error = "";
        int opLength = comparator.TakeWhile(c => c is '^' or '~' or '>' or '<' or '=').Count();
        string op = comparator[..opLength];
        string version = comparator[opLength..];
        if ((op.Length > 0 && version.Length == 0) || !TryParsePartial(version, out var partial))
        {
            error = $"'{comparator}' is not a version or range ({Expected})";
            return false;
        }

        if (partial.Major is null)
        {
            // "*", "x", ">=*": any version. A bound below or above "any" matches nothing and is surely a mistake.
            if (op is "" or "=" or "^" or "~" or ">=" or "<=")
            {
                return true;
            }

            error = $"'{comparator}' matches no version ({Expected})";
            return false;
        }

        var floor = new SemanticVersion(partial.Major.Value, partial.Minor ?? 0, partial.Patch ?? 0, partial.Prerelease);
        switch (op)
        {
            case "" or "=" when partial.Patch is not null:
                bounds.Add(new Bound(Op.Equal, floor));
                break;
            case "" or "=":
                bounds.Add(new Bound(Op.GreaterOrEqual, floor));
                bounds.Add(new Bound(Op.Less, NextAfterGiven(partial)));
                break;
            case "^":
                bounds.Add(new Bound(Op.GreaterOrEqual, floor));
                bounds.Add(new Bound(Op.Less, CaretCeiling(partial)));
                break;
            case "~":
                bounds.Add(new Bound(Op.GreaterOrEqual, floor));
                bounds.Add(new Bound(Op.Less, partial.Minor is null ? new(partial.Major.Value + 1, 0, 0) : new(partial.Major.Value, partial.Minor.Value + 1, 0)));
                break;
            case ">=":
                bounds.Add(new Bound(Op.GreaterOrEqual, floor));
                break;
            case ">":
                bounds.Add(partial.Patch is null ? new Bound(Op.GreaterOrEqual, NextAfterGiven(partial)) : new Bound(Op.Greater, floor));
                break;
            case "<":
                bounds.Add(new Bound(Op.Less, floor));
                break;
            case "<=":
                bounds.Add(partial.Patch is null ? new Bound(Op.Less, NextAfterGiven(partial)) : new Bound(Op.LessOrEqual, floor));
                break;
            default:
                error = $"'{op}' in '{comparator}' is not an operator (use ^, ~, >=, >, <=, < or =)";
                return false;
        }

        return true;
    }

    /// <summary>The first version past the given components: 1 → 2.0.0, 1.2 → 1.3.0.</summary>
    private static SemanticVersion NextAfterGiven(Partial partial) =>
        partial.Minor is null ? new(partial.Major!.Value + 1, 0, 0) : new(partial.Major!.Value, partial.Minor.Value + 1, 0);

    /// <summary>^ allows changes that do not touch the left-most non-zero component.</summary>
    private static SemanticVersion CaretCeiling(Partial p) => (p.Major, p.Minor, p.Patch) switch
    {
        ( > 0, _, _) or (_, null, _) => new(p.Major!.Value + 1, 0, 0),
        (0, > 0, _) or (0, _, null) => new(0, p.Minor!.Value + 1, 0),
        _ => new(0, 0, p.Patch!.Value + 1),
    };

    private static bool TryParsePartial(string text, out Partial partial)
    {
        partial = default;
        if (text.Length == 0)
        {
            return true;
        }

        int dash = text.IndexOf('-', StringComparison.Ordinal);
        string prerelease = dash < 0 ? "" : text[(dash + 1)..];
        string[] parts = (dash < 0 ? text : text[..dash]).Split('.');
        if (parts.Length > 3 || (dash >= 0 && (prerelease.Length == 0 || parts.Length != 3)))
        {
            return false;
        }

        var numbers = new int?[3];
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "x" or "X" or "*")
            {
                continue;
            }

            // A number after a wildcard ("1.x.3") has no meaning.
            if (!SemanticVersion.TryNumber(parts[i], out int number) || (i > 0 && numbers[i - 1] is null))
            {
                return false;
            }

            numbers[i] = number;
        }

        partial = new Partial(numbers[0], numbers[1], numbers[2], prerelease);
        return prerelease.Length == 0 || numbers[2] is not null;
    }

    private readonly record struct Partial(int? Major, int? Minor, int? Patch, string Prerelease);

    private readonly record struct Bound(Op Op, SemanticVersion Version)
    {
        public bool Admits(SemanticVersion candidate) => Op switch
        {
            Op.Equal => candidate.CompareTo(Version) == 0,
            Op.Greater => candidate > Version,
            Op.GreaterOrEqual => candidate >= Version,
            Op.Less => candidate < Version,
            _ => candidate <= Version,
        };
    }
}
