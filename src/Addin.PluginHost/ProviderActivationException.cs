namespace Addin.PluginHost;

/// <summary>A provider could not be created for a platform; the message names the provider and the cause.</summary>
public sealed class ProviderActivationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProviderActivationException(string providerId, string pluginId, string message, Exception inner)
        : base(message, inner)
    {
        ProviderId = providerId;
        PluginId = pluginId;
    }

    /// <summary>The provider that failed.</summary>
    public string ProviderId { get; }

    /// <summary>The plugin it comes from.</summary>
    public string PluginId { get; }
}
