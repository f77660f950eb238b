namespace Addin.Web.Configuration;

/// <summary>Where plugins are loaded from. Configuration section <c>Addin:Plugins</c>.</summary>
public sealed class PluginOptions
{
    public const string SectionName = "Addin:Plugins";

    /// <summary>The folder of plugin folders (each with a plugin.json).</summary>
    public string Directory { get; set; } = "artifacts/plugins";
}
