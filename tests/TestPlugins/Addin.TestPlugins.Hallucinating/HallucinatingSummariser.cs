using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;

namespace Addin.TestPlugins.Hallucinating;

/// <summary>Creates the <see cref="HallucinatingSummariser"/>.</summary>
public sealed class HallucinatingSummariserFactory : IProviderFactory<ISummariser>
{
    /// <inheritdoc/>
    public ISummariser Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new HallucinatingSummariser(context.ProviderId);
    }
}

/// <summary>Quotes the first segment truly, then invents a quote and cites a moment an hour after the recording ends.</summary>
public sealed class HallucinatingSummariser(string providerId) : ISummariser
{
    /// <inheritdoc/>
    public Task<Recap> SummariseAsync(SummaryRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = request.Transcript.Segments[0];
        return Task.FromResult(new Recap
        {
            Moments =
            [
                new TaggedMoment(MomentKind.TopicStart, "True start", new Evidence(first.Start, first.Text), 0.9),
                new TaggedMoment(MomentKind.Breakthrough, "Invented breakthrough", new Evidence(first.Start, "Now I finally understand long division!"), 0.9),
                new TaggedMoment(MomentKind.Confusion, "After the end", new Evidence(request.Duration + TimeSpan.FromHours(1), first.Text), 0.9),
            ],
            Run = new SummariserRun { SummariserId = providerId, Model = "imaginary-1", PromptVersion = "v0", InputTokens = 10, OutputTokens = 20 },
        });
    }
}
