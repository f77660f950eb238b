using Addin.Testing;

namespace Addin.PluginHost.Tests.Support;

/// <summary>A temporary plugins directory, filled per test with built plugins and the manifests under test.</summary>
internal sealed class PluginsDirectory : IDisposable
{
    private readonly TempDirectory _directory = new();

    public string Path => _directory.Path;

    /// <summary>Copies a build output into a new plugin folder and writes <paramref name="manifest"/> as its plugin.json.</summary>
    /// <returns>The plugin folder.</returns>
    public string Add(string folderName, string buildFolder, string? manifest)
    {
        string folder = System.IO.Path.Combine(Path, folderName);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.EnumerateFiles(buildFolder))
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        }

        if (manifest is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(folder, "plugin.json"), manifest);
        }

        return folder;
    }

    /// <summary>Adds a test plugin with the given manifest.</summary>
    public string Add(string folderName, TestManifest manifest) => Add(folderName, manifest.BuildFolder, manifest.ToString());

    public void Dispose() => _directory.Dispose();
}
