namespace Addin.Sdk.Plugins;

/// <summary>A provider's settings cannot work. The message says which setting and how to fix it.</summary>
public sealed class ProviderSettingsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="providerId">The provider whose settings are wrong.</param>
    /// <param name="setting">The JSON pointer of the setting, for example <c>/root</c>.</param>
    /// <param name="problem">What is wrong and what to do about it.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ProviderSettingsException(string providerId, string setting, string problem, Exception? inner = null)
        : base($"Provider '{providerId}' setting {setting}: {problem}", inner)
    {
        ProviderId = providerId;
        Setting = setting;
        Problem = problem;
    }

    /// <summary>The provider whose settings are wrong.</summary>
    public string ProviderId { get; }

    /// <summary>The JSON pointer of the wrong setting.</summary>
    public string Setting { get; }

    /// <summary>What is wrong and what to do.</summary>
    public string Problem { get; }
}
