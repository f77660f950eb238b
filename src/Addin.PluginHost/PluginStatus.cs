namespace Addin.PluginHost;

/// <summary>What became of a plugin found in the plugins directory.</summary>
public enum PluginStatus
{
    /// <summary>Valid and loaded (or, when only validated, loadable); its providers are available.</summary>
    Active,

    /// <summary>The manifest is valid but the code does not match it: the assembly or a factory type cannot be loaded, or a factory throws.</summary>
    Malfunctioned,

    /// <summary>Built for an SDK version range this host does not satisfy.</summary>
    NotSupported,

    /// <summary>The folder has no usable manifest: missing, not JSON, not valid against plugin.schema.json, or inconsistent.</summary>
    Invalid,
}
