using System.Reflection;

namespace Addin.PluginHost.Tests.Support;

/// <summary>Where the build put the plugins these tests load (the project references build them first).</summary>
internal static class Artifacts
{
    public static readonly string RepoRoot = typeof(Artifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Plugin(string projectName) => Path.Combine(RepoRoot, "artifacts", "plugins", projectName);

    public static string TestPlugin(string projectName) => Path.Combine(RepoRoot, "artifacts", "test-plugins", projectName);
}
