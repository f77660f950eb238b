namespace Addin.Lti.Tests.Support;

/// <summary>Finds the shared third-party fixtures (../shared/fixtures next to the repository).</summary>
internal static class FixturePaths
{
    public static string Root { get; } = FindRoot();

    public static string Lti(params string[] parts) => Path.Combine([Root, "lti", .. parts]);

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("ADDIN_FIXTURES") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Addin.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fixtures"));
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Addin.sln); set ADDIN_FIXTURES to the fixtures folder.");
    }
}
