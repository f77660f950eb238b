namespace Addin.PluginHost;

/// <summary>The outcome of validating one plugin folder.</summary>
public sealed record PluginValidation
{
    /// <summary>The plugin folder (absolute).</summary>
    public required string Folder { get; init; }

    /// <summary>The <c>plugin.json</c> path (absolute), whether or not it exists.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>The manifest, when it could be read and matched the schema.</summary>
    public PluginManifest? Manifest { get; init; }

    /// <summary><see cref="PluginStatus.Active"/> when the plugin is loadable; otherwise why not.</summary>
    public required PluginStatus Status { get; init; }

    /// <summary>Everything wrong with it; empty when <see cref="Status"/> is <see cref="PluginStatus.Active"/>.</summary>
    public required IReadOnlyList<PluginProblem> Problems { get; init; }

    /// <summary>The main assembly's absolute path, once checked to be inside <see cref="Folder"/>.</summary>
    internal string AssemblyPath { get; init; } = "";

    /// <summary>Each provider's secret settings (JSON pointers), in the order of <see cref="PluginManifest.Providers"/>.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> SecretSettings { get; init; } = [];

    internal PluginValidation WithProblems(PluginStatus status, IEnumerable<PluginProblem> problems) =>
        this with { Status = status, Problems = [.. Problems, .. problems] };
}
