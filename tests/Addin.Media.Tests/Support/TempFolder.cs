namespace Addin.Media.Tests.Support;

/// <summary>A fresh folder under the system temp folder, removed on dispose. Its name has a space, so every path used in a test has one.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("addin media ").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
