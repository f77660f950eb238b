namespace Addin.Plugins.Folder;

/// <summary>The <c>folder</c> provider's settings.</summary>
public sealed class FolderSourceSettings
{
    /// <summary>The folder with one subfolder per course; relative to the host's data folder unless rooted.</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>How long a file must be unchanged before it is imported.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The media extensions expected; files with others are reported as unsupported.</summary>
    public IReadOnlyList<string> Extensions { get; set; } = [".mp4", ".webm", ".m4a", ".mp3", ".mov", ".mkv", ".mpg"];
}
