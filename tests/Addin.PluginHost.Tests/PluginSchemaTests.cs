using System.Text.Json;
using Addin.PluginHost.Tests.Support;
using Addin.Sdk;

namespace Addin.PluginHost.Tests;

public sealed class PluginSchemaTests
{
    [Fact]
    public void KindEnum_ComparedWithProviderKind_ListsEveryKindByItsManifestName()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Artifacts.RepoRoot, "plugin.schema.json")));

        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("provider").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(k => k.GetString());

        Assert.Equal(Enum.GetValues<ProviderKind>().Select(ProviderKinds.ManifestName), kinds);
    }
}
