using Addin.Core.Pipeline;
using Addin.Core.Recordings;

namespace Addin.Web.Tests.Pipeline;

public sealed class PipelineOrderTests
{
    [Fact]
    public void Stages_TranslationsRenditionsAndRecapRunAfterTranscriptAndBeforeReady_WhateverTheirStoredNumbers()
    {
        Assert.Equal(
            [PipelineStage.Ingest, PipelineStage.Store, PipelineStage.Probe, PipelineStage.Transcript, PipelineStage.Translations, PipelineStage.Renditions, PipelineStage.Recap, PipelineStage.Ready],
            PipelineOrder.Stages);
        Assert.True(PipelineOrder.IsBefore(PipelineStage.Transcript, PipelineStage.Translations));
        Assert.True(PipelineOrder.IsBefore(PipelineStage.Renditions, PipelineStage.Ready));
        Assert.True(PipelineStage.Renditions > PipelineStage.Ready);
        Assert.True(PipelineOrder.IsBefore(PipelineStage.Recap, PipelineStage.Ready));
        Assert.True(PipelineOrder.IsBefore(PipelineStage.Transcript, PipelineStage.Recap));
    }

    [Fact]
    public void StoredNumbers_NeverChange() =>
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], Enum.GetValues<PipelineStage>().Select(s => (int)s));

    [Theory]
    [InlineData("en", "eng")]
    [InlineData("en-US", "eng")]
    [InlineData("de-DE", "deu")]
    [InlineData("es", "spa")]
    [InlineData(null, "und")]
    [InlineData("", "und")]
    [InlineData("not a language; rm -rf", "und")]
    public void CaptionLanguage_Iso6392(string? tag, string expected) => Assert.Equal(expected, CaptionLanguage.Iso6392(tag));
}
