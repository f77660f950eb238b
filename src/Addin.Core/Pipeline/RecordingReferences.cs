using System.Text.Json;
using Addin.Core.Recordings;
using Addin.Sdk.Recordings;

namespace Addin.Core.Pipeline;

/// <summary>Reads the source reference kept on a recording.</summary>
internal static class RecordingReferences
{
    public static RecordingReference Read(Recording recording) =>
        JsonSerializer.Deserialize<RecordingReference>(recording.SourceReferenceJson, RecordingImporter.ReferenceJson)
        ?? throw new InvalidOperationException($"Recording {recording.Id} has no source reference.");
}
