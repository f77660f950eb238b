using Addin.Sdk.Plugins;
using Addin.Sdk.Translation;

namespace Addin.TestPlugins.Echo;

/// <summary>Creates an <see cref="EchoTranslator"/> that prefixes each line with the <c>prefix</c> setting.</summary>
public sealed class EchoTranslatorFactory : IProviderFactory<ITranslator>
{
    /// <inheritdoc/>
    public ITranslator Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new EchoTranslator(context.GetSettings<EchoSettings>().Prefix);
    }
}

/// <summary>The echo translator's settings.</summary>
public sealed class EchoSettings
{
    /// <summary>Put before every line.</summary>
    public string Prefix { get; set; } = "";
}

/// <summary>"Translates" by prefixing each line, so tests can see that settings arrived.</summary>
public sealed class EchoTranslator(string prefix) : ITranslator
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> lines, string fromLanguage, string toLanguage, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(lines.Select(line => prefix + line).ToList());
}
