using Microsoft.IdentityModel.Tokens;

namespace Addin.Lti.Keys;

/// <summary>One fetched and parsed key set.</summary>
/// <param name="UsableKeys">Keys that may verify id_tokens, by kid.</param>
/// <param name="RefusedKeys">Why each refused key was refused, by kid.</param>
/// <param name="FetchedAt">When the key set was fetched.</param>
internal sealed record JwksSnapshot(
    IReadOnlyDictionary<string, IReadOnlyList<SecurityKey>> UsableKeys,
    IReadOnlyDictionary<string, string> RefusedKeys,
    DateTimeOffset FetchedAt)
{
    public bool Knows(string kid) => UsableKeys.ContainsKey(kid) || RefusedKeys.ContainsKey(kid);
}
