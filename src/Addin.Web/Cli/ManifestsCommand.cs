using Addin.Web.Configuration;
using Addin.Web.Lti;
using Addin.Web.Manifests;
using Microsoft.Extensions.Options;

namespace Addin.Web.Cli;

/// <summary><c>./addin manifests --base-url URL [--out folder]</c>: writes the LMS configurations for an installation's URL.</summary>
internal static class ManifestsCommand
{
    public const string ExampleBaseUrl = "https://addin.example.edu";

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output)
    {
        string baseUrl = configuration["base-url"] ?? ExampleBaseUrl;
        string folder = configuration["out"] ?? "manifests";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync($"--base-url '{baseUrl}' must be an absolute http(s) URL, for example {ExampleBaseUrl}.");
            return 1;
        }

        foreach (var (path, content) in Generate(uri))
        {
            string target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, content);
            await output.WriteLineAsync($"wrote {target}");
        }

        return 0;
    }

    /// <summary>The files, by their path under manifests/, for a base URL.</summary>
    public static IReadOnlyList<(string Path, string Content)> Generate(Uri baseUrl)
    {
        var urls = new ToolUrls(Options.Create(new AddinOptions { PublicBaseUrl = baseUrl }));
        return
        [
            (Path.Combine("canvas", "lti-1.3-config.json"), CanvasConfiguration.Write(urls)),
            (Path.Combine("moodle", "tool-settings.json"), MoodleConfiguration.Write(urls)),
        ];
    }
}
