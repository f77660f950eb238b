namespace Addin.Core.Templates;

/// <summary>The templates Addin renders, each a file <c>templates/NAME.liquid</c> that a platform may override.</summary>
public static class TemplateNames
{
    public const string Brief = "brief";

    public const string ParentDigest = "parent-digest";

    public static readonly IReadOnlyList<string> All = [Brief, ParentDigest];
}
