using Addin.Sdk.Recordings;

namespace Addin.Plugins.Folder;

/// <summary>
/// The inbox layout: <c>&lt;inbox&gt;/&lt;courseKey&gt;/&lt;name&gt;.&lt;ext&gt;</c>, with companions <c>&lt;name&gt;.vtt</c> or
/// <c>.srt</c> (transcript) and <c>&lt;name&gt;.json</c> (metadata) beside it. Names starting with '.' are the source's
/// own: temporary uploads and the outcome folders <c>.imported</c>, <c>.duplicates</c>, <c>.rejected</c>.
/// Companions belong to a name, not to one media file: <c>a.mp4</c> and <c>a.webm</c> share <c>a.vtt</c>.
/// </summary>
internal sealed class Inbox(string root)
{
    public const string SidecarExtension = ".json";

    public static readonly IReadOnlyList<string> TranscriptExtensions = [".vtt", ".srt"];

    public static readonly IReadOnlyList<string> CompanionExtensions = [.. TranscriptExtensions, SidecarExtension];

    public string Root { get; } = root;

    /// <summary>The course's folder, or null when the key cannot be a folder name.</summary>
    public string? CourseFolder(string courseKey) => IsFolderName(courseKey) ? Path.Combine(Root, courseKey) : null;

    public static bool IsCompanion(string fileName) => HasExtension(fileName, CompanionExtensions);

    /// <summary>The companions of the media file named <paramref name="stem"/> among <paramref name="files"/> (extensions in any case).</summary>
    public static IReadOnlyList<string> Companions(IEnumerable<string> files, string stem) =>
        files.Where(f => IsCompanion(f) && string.Equals(Path.GetFileNameWithoutExtension(f), stem, StringComparison.Ordinal)).ToList();

    /// <summary>The transcript among a media file's companions, preferring WebVTT, or null.</summary>
    public static string? Transcript(IReadOnlyList<string> companions) =>
        TranscriptExtensions.Select(e => companions.FirstOrDefault(c => HasExtension(c, [e]))).FirstOrDefault(c => c is not null);

    /// <summary>The metadata sidecar among a media file's companions, or null.</summary>
    public static string? Sidecar(IReadOnlyList<string> companions) => companions.FirstOrDefault(c => HasExtension(c, [SidecarExtension]));

    public static string OutcomeFolder(string courseFolder, ImportOutcome outcome) => Path.Combine(courseFolder, outcome switch
    {
        ImportOutcome.Imported => ".imported",
        ImportOutcome.Duplicate => ".duplicates",
        _ => ".rejected",
    });

    private static bool HasExtension(string path, IReadOnlyList<string> extensions) =>
        extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    // A course key becomes one folder name: it must not climb, nest, hide or clash with the outcome folders.
    private static bool IsFolderName(string key) =>
        key.Length is > 0 and <= 200 && key[0] != '.' && key.Trim() == key &&
        key.IndexOfAny(['/', '\\', ':']) < 0 && key.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !key.Any(char.IsControl);
}
