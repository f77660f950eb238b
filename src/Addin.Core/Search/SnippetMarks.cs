using System.Security.Cryptography;

namespace Addin.Core.Search;

/// <summary>
/// What the engine puts around each match in a snippet. New for every search, so that no transcript can contain
/// them and fake a match: control characters around random letters.
/// </summary>
public sealed record SnippetMarks(string Start, string End)
{
    public static SnippetMarks CreateRandom()
    {
        string nonce = RandomNumberGenerator.GetHexString(16, lowercase: true);
        return new SnippetMarks($"\u0002{nonce}\u0002", $"\u0003{nonce}\u0003");
    }
}
