using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;
using Addin.Sdk.Translation;

namespace Addin.TestPlugins.Faulty;

/// <summary>Its constructor throws, as a factory with a start-up bug would.</summary>
public sealed class ThrowingFactory : IProviderFactory<ITranslator>
{
    /// <summary>Throws.</summary>
    public ThrowingFactory() => throw new InvalidOperationException("the factory is broken on purpose");

    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context) => throw new InvalidOperationException("unreachable: the constructor throws");
}

/// <summary>Creates summarisers, so it is wrong wherever the manifest declares another kind.</summary>
public sealed class SummariserFactory : IProviderFactory<ISummariser>
{
    /// <inheritdoc/>
    public ISummariser Create(ProviderContext context) => throw new InvalidOperationException("never created in tests");
}

/// <summary>Has no parameterless constructor.</summary>
public sealed class ParameterisedFactory(string name) : IProviderFactory<ITranslator>
{
    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context) => throw new InvalidOperationException($"never created in tests ({name})");
}

/// <summary>Rejects every settings object, naming the setting.</summary>
public sealed class SettingsRejectingFactory : IProviderFactory<ITranslator>
{
    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context) =>
        throw new ProviderSettingsException(context.ProviderId, "/endpoint", "is not reachable; check the URL");
}

/// <summary>Fails in <see cref="Create"/> with an unexpected error.</summary>
public sealed class CrashingFactory : IProviderFactory<ITranslator>
{
    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context) => throw new IOException("disk on fire");
}
