namespace Addin.Plugins.AzureBlob;

/// <summary>Maps media keys (<c>recordings/42/original.mp4</c>) to blob names under the store's prefix.</summary>
internal sealed class BlobNames
{
    // Azure's limit on a blob name.
    private const int MaxLength = 1024;

    private readonly string _prefix;

    /// <param name="prefix">The folder keys are kept under, without leading or trailing '/'; empty for none.</param>
    public BlobNames(string prefix) => _prefix = prefix;

    /// <summary>The blob name of a key.</summary>
    /// <exception cref="ArgumentException">The key is not a relative path of '/'-separated names (see <see cref="Problem"/>).</exception>
    public string For(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (Problem(key) is { } fault)
        {
            throw new ArgumentException($"Media key '{key}' {fault}.", nameof(key));
        }

        string name = _prefix.Length == 0 ? key : _prefix + "/" + key;
        return name.Length <= MaxLength ? name : throw new ArgumentException($"Media key '{key}' makes a blob name longer than {MaxLength} characters.", nameof(key));
    }

    /// <summary>
    /// What is wrong with a key or prefix, or null: it must be '/'-separated names, none empty, none "." or ".." (URL
    /// normalisation would resolve them to another blob), without '\' or control characters.
    /// </summary>
    public static string? Problem(string path) => path switch
    {
        _ when path.Contains('\\', StringComparison.Ordinal) => "contains '\\'; names are separated with '/'",
        _ when path.Any(char.IsControl) => "contains a control character",
        _ => path.Split('/') switch
        {
            var names when names.Any(n => n.Length == 0) => "has an empty name (a leading, trailing or doubled '/')",
            var names when names.Any(n => n is "." or "..") => "has a name \".\" or \"..\"",
            _ => null,
        },
    };
}
