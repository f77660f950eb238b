namespace Addin.Core.Recordings;

/// <summary>The order the pipeline runs its stages in, which is not the order of their stored numbers.</summary>
public static class PipelineOrder
{
    /// <summary>Every stage, first to last.</summary>
    public static IReadOnlyList<PipelineStage> Stages { get; } =
        [PipelineStage.Ingest, PipelineStage.Store, PipelineStage.Probe, PipelineStage.Transcript, PipelineStage.Translations, PipelineStage.Renditions, PipelineStage.Recap, PipelineStage.Ready];

    /// <summary>The stage's place in the run, 0 for the first.</summary>
    public static int Position(PipelineStage stage)
    {
        int position = ((IList<PipelineStage>)Stages).IndexOf(stage);
        return position >= 0 ? position : throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a pipeline stage");
    }

    /// <summary>True when <paramref name="stage"/> runs before <paramref name="other"/>.</summary>
    public static bool IsBefore(PipelineStage stage, PipelineStage other) => Position(stage) < Position(other);
}
