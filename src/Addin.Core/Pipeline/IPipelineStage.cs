using Addin.Core.Recordings;

namespace Addin.Core.Pipeline;

/// <summary>One stage of the recording pipeline. Running it again after a crash or a retry gives the same result.</summary>
public interface IPipelineStage
{
    /// <summary>The stage this runs.</summary>
    PipelineStage Stage { get; }

    /// <summary>Runs the stage on the context's recording; changes to the recording are saved by the pipeline.</summary>
    /// <exception cref="PipelineStageException">The stage cannot finish; permanent failures are not retried.</exception>
    Task RunAsync(StageContext context, CancellationToken cancellationToken);
}
