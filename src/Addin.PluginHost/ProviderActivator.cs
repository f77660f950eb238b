using Addin.Sdk.Plugins;

namespace Addin.PluginHost;

/// <summary>Creates providers through their plugin's factory.</summary>
public static class ProviderActivator
{
    /// <summary>Creates the provider for one platform.</summary>
    /// <typeparam name="TContract">The contract of the provider's kind, for example <c>IMediaStore</c>.</typeparam>
    /// <param name="provider">The provider, from <see cref="IPluginCatalog"/>.</param>
    /// <param name="context">The platform's context; its settings already merged with defaults and validated.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TContract"/> is not the contract of the provider's kind.</exception>
    /// <exception cref="ProviderActivationException">
    /// The factory failed. For a <see cref="ProviderSettingsException"/> the message is the factory's own (it names the setting).
    /// </exception>
    public static TContract Create<TContract>(LoadedProvider provider, ProviderContext context)
        where TContract : class
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (provider.Factory is not IProviderFactory<TContract> factory)
        {
            throw new ArgumentException(
                $"Provider '{provider.Id}' is a {ProviderKinds.ManifestName(provider.Kind)} ({ProviderKinds.Contract(provider.Kind).Name}), not a {typeof(TContract).Name}.",
                nameof(provider));
        }

        TContract? created;
        try
        {
            created = factory.Create(context);
        }
        catch (ProviderSettingsException ex)
        {
            throw new ProviderActivationException(provider.Id, provider.PluginId, ex.Message, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Plugin code may throw anything; the host reports it against the provider and carries on.
            throw new ProviderActivationException(provider.Id, provider.PluginId,
                $"Provider '{provider.Id}' (plugin '{provider.PluginId}') could not be created: {ex.GetType().Name}: {ex.Message}", ex);
        }

        return created ?? throw new ProviderActivationException(provider.Id, provider.PluginId,
            $"Provider '{provider.Id}' (plugin '{provider.PluginId}') could not be created: its factory returned null.",
            new InvalidOperationException("IProviderFactory.Create returned null."));
    }
}
