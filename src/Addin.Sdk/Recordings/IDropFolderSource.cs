namespace Addin.Sdk.Recordings;

/// <summary>Optional: a source that imports files people drop into a folder on the host's machine.</summary>
public interface IDropFolderSource : IRecordingSource
{
    /// <summary>The folder a course's recordings are dropped into, to show its teachers; null when the course has none.</summary>
    string? GetDropFolder(string courseKey);
}
