using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;

namespace Addin.Plugins.LocalSummariser;

/// <summary>Creates the <c>local-summariser</c>. It has no settings.</summary>
public sealed class LocalSummariserFactory : IProviderFactory<ISummariser>
{
    /// <inheritdoc/>
    public ISummariser Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ExtractiveSummariser(context.ProviderId);
    }
}
