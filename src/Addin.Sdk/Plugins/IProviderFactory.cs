namespace Addin.Sdk.Plugins;

/// <summary>
/// Creates a provider for one platform from its settings. A plugin exposes one factory per provider it
/// offers and names the factory type in its <c>plugin.json</c>.
/// </summary>
/// <typeparam name="TProvider">The provider contract, for example <see cref="Recordings.IRecordingSource"/>.</typeparam>
/// <remarks>Factories need a public parameterless constructor. They are created once per plugin load.</remarks>
public interface IProviderFactory<out TProvider>
    where TProvider : class
{
    /// <summary>Creates the provider. Throw <see cref="ProviderSettingsException"/> when the settings cannot work.</summary>
    TProvider Create(ProviderContext context);
}
