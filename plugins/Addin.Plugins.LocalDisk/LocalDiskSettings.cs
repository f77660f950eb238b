namespace Addin.Plugins.LocalDisk;

/// <summary>The <c>local-disk</c> provider's settings.</summary>
public sealed class LocalDiskSettings
{
    /// <summary>The folder media is kept in; relative to the host's data folder unless rooted.</summary>
    public string Root { get; set; } = "media";
}
