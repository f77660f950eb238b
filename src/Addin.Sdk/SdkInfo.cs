namespace Addin.Sdk;

/// <summary>Version of the provider contracts in this assembly.</summary>
/// <remarks>
/// Plugins declare the range of SDK versions they were built for in <c>plugin.json</c> (<c>sdk</c>).
/// The major version changes when a contract changes in a way that breaks existing plugins.
/// </remarks>
public static class SdkInfo
{
    /// <summary>The SDK version of the running host, as a semantic version string.</summary>
    /// <remarks>A property, not a constant: a constant would be compiled into each plugin with the version it was built against.</remarks>
    public static string Version => "1.5.0";
}
