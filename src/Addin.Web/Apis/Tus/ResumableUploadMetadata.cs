using Addin.Core.Uploads;

namespace Addin.Web.Apis.Tus;

/// <summary>
/// What the upload form tells about the file in <c>Upload-Metadata</c>: <c>filename</c> (required), <c>filetype</c>,
/// <c>title</c>, and a transcript as <c>transcriptname</c> with its text in <c>transcript</c>.
/// </summary>
internal static class ResumableUploadMetadata
{
    private const int MaxTextLength = 300;

    /// <summary>A new upload described by the metadata, or null when the file name is missing or a name or the title is longer than 300 characters.</summary>
    public static ResumableUpload? Read(IReadOnlyDictionary<string, string> metadata)
    {
        string? fileName = Field(metadata, "filename");
        string? title = Field(metadata, "title");
        string? transcriptName = Field(metadata, "transcriptname");
        metadata.TryGetValue("transcript", out string? transcript);
        if (fileName is null || new[] { fileName, title, transcriptName }.Any(f => f?.Length > MaxTextLength) || (transcriptName is null) != (transcript is null))
        {
            return null;
        }

        return new ResumableUpload
        {
            Id = "",
            FileName = fileName,
            ContentType = Field(metadata, "filetype") is { Length: <= 200 } type ? type : "application/octet-stream",
            Title = title,
            TranscriptName = transcriptName,
            Transcript = transcript?.TrimStart('\uFEFF'),
        };
    }

    private static string? Field(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
