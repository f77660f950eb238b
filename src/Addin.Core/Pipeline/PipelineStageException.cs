namespace Addin.Core.Pipeline;

/// <summary>A stage cannot finish. Permanent failures (bad input) are not retried; the message tells a person what to do.</summary>
public sealed class PipelineStageException(string message, bool isPermanent, Exception? inner = null) : Exception(message, inner)
{
    public bool IsPermanent { get; } = isPermanent;
}
