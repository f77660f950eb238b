using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary><c>./addin plugins validate</c> and <c>list</c>: problems with file, field and fix, and the exit code CI scripts rely on.</summary>
public sealed class PluginCommandsTests : IDisposable
{
    private readonly TempDirectory plugins = new("addin-cli-plugins");

    public void Dispose() => plugins.Dispose();

    [Fact]
    public async Task Validate_BuiltPlugins_ExitsZero()
    {
        using var output = new StringWriter();

        int exit = await PluginCommands.ValidateAsync(RepoPaths.Plugins, output, CancellationToken.None);

        Assert.Equal(0, exit);
        int shipped = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "plugins")).Count(d => File.Exists(Path.Combine(d, "plugin.json")));
        Assert.Contains($"{shipped} plugin(s) valid.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadManifest_ExitsOneNamingFileFieldAndFix()
    {
        string folder = plugins.Combine("Bad");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "plugin.json"), """{ "id": "Not An Id", "name": "x" }""");
        using var output = new StringWriter();

        int exit = await PluginCommands.ValidateAsync(folder, output, CancellationToken.None);

        string text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(folder, "plugin.json"), text, StringComparison.Ordinal);
        Assert.Contains("/id", text, StringComparison.Ordinal);
        Assert.Contains("fix:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFolder_ExitsOne()
    {
        using var output = new StringWriter();

        int exit = await PluginCommands.ValidateAsync(plugins.Combine("nowhere"), output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("is not a folder", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BuiltPlugins_ShowsEachProviderAndStatus()
    {
        using var output = new StringWriter();

        int exit = await PluginCommands.ListAsync(RepoPaths.Plugins, output, CancellationToken.None);

        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("addin.folder 1.0.0", text, StringComparison.Ordinal);
        Assert.Contains("Active", text, StringComparison.Ordinal);
        Assert.Contains("local-disk", text, StringComparison.Ordinal);
    }
}
