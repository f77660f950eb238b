using Addin.Core.Recordings;
using Microsoft.Extensions.Options;

namespace Addin.Core.Pipeline.Stages;

/// <summary>
/// Checks what the source says about the recording before anything is fetched: problems it reported (such as unreadable
/// metadata, which leaves the session's audience unknown), type and size.
/// </summary>
public sealed class IngestStage(IOptions<PipelineOptions> options) : IPipelineStage
{
    public PipelineStage Stage => PipelineStage.Ingest;

    public Task RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = context.Reference;
        if (reference.Problems.Count > 0)
        {
            throw new PipelineStageException(string.Join(" ", reference.Problems), isPermanent: true);
        }

        string extension = Path.GetExtension(reference.FileName).ToLowerInvariant();
        var accepted = options.Value.AcceptedExtensions;
        if (!accepted.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new PipelineStageException(
                $"'{reference.FileName}' is not a recording Addin can import: {(extension.Length == 0 ? "it has no file extension" : $"'{extension}' files are not accepted")}. " +
                $"Use one of {string.Join(", ", accepted)} (MP4 or WebM play everywhere).",
                isPermanent: true);
        }

        if (reference.ContentType is { Length: > 0 } type && !IsMediaType(type))
        {
            throw new PipelineStageException(
                $"'{reference.FileName}' was sent as '{type}', which is not audio or video. Upload the recording file itself (MP4 or WebM).",
                isPermanent: true);
        }

        SizeLimit.Check(reference.FileName, reference.Length, options.Value.MaxRecordingBytes);
        context.Info($"Accepted '{reference.FileName}'{(reference.Length is { } length ? $" ({ByteSize.Format(length)})" : "")}.");
        return Task.CompletedTask;
    }

    private static bool IsMediaType(string contentType) =>
        contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ||
        contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ||
        contentType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) ||
        contentType.Equals("application/mp4", StringComparison.OrdinalIgnoreCase);
}
