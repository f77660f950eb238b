using System.Text.RegularExpressions;

namespace Addin.Web.Configuration;

/// <summary>The form of a provider id in plugin.json (<c>smtp</c>, <c>teams-webhook</c>), as settings that name a provider must write it.</summary>
internal static partial class ProviderIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
