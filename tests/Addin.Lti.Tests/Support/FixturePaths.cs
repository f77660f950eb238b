namespace Addin.Lti.Tests.Support;

/// <summary>Finds the third-party fixtures the repository keeps in tests/fixtures (see its SOURCES.md).</summary>
internal static class FixturePaths
{
    public static string Root { get; } = FindRoot();

    public static string Lti(params string[] parts) => Path.Combine([Root, "lti", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Addin.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures");
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Addin.sln) above " + AppContext.BaseDirectory);
    }
}
