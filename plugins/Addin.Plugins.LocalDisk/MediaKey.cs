namespace Addin.Plugins.LocalDisk;

/// <summary>Maps media keys (<c>recordings/42/original.mp4</c>) to paths under the store's root, refusing any key that could leave it.</summary>
internal static class MediaKey
{
    /// <summary>The key's path under <paramref name="root"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The key is not a relative path of forward-slash-separated names, or a name is empty or starts with '.' (which rules
    /// out "." and "..", hidden files, and the store's own temporary and metadata files).
    /// </exception>
    public static string ToPath(string root, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        string? fault = key switch
        {
            _ when key.Contains('\\', StringComparison.Ordinal) => "contains '\\'; keys separate names with '/'",
            _ when key.StartsWith('/') || key.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(key) => "is rooted; keys are relative paths",
            _ when key.Any(char.IsControl) => "contains a control character",
            _ => key.Split('/') switch
            {
                var names when names.Any(n => n.Length == 0) => "has an empty name (a leading, trailing or doubled '/')",
                var names when names.Any(n => n.StartsWith('.')) => "has a name starting with '.'",
                _ => null,
            },
        };
        if (fault is not null)
        {
            throw new ArgumentException($"Media key '{key}' {fault}.", nameof(key));
        }

        // Belt and braces: whatever the checks above missed, the canonical path must stay under the root.
        string path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Media key '{key}' leads outside the store.", nameof(key));
    }
}
