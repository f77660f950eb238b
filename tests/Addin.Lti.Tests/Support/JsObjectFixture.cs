using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Addin.Lti.Tests.Support;

/// <summary>Reads fixtures kept in their original non-JSON form (JavaScript object literals, JSON with trailing commas).</summary>
internal static partial class JsObjectFixture
{
    /// <summary>Quotes bare keys (<c>aud: "x"</c>, <c>{ user_id: "x" }</c>) and drops trailing commas, then parses.</summary>
    public static JsonObject Load(string path)
    {
        var text = File.ReadAllText(path);
        text = BareKey().Replace(text, "$1$2\"$3\":");
        text = TrailingComma().Replace(text, "$1");
        return JsonNode.Parse(text)!.AsObject();
    }

    [GeneratedRegex(@"(?m)(^|[{,])(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex BareKey();

    [GeneratedRegex(@",(\s*[\]}])")]
    private static partial Regex TrailingComma();
}
