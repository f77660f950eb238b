namespace Addin.Testing;

/// <summary>Where things are in the repository, found from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The built plugins (./addin build puts them there).</summary>
    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");

    /// <summary>Real third-party payloads and transcripts (see tests/fixtures/SOURCES.md).</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Addin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Addin.sln above {AppContext.BaseDirectory}.");
    }
}
