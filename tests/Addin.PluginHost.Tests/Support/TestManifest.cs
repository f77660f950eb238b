using System.Text.Json;
using System.Text.Json.Nodes;

namespace Addin.PluginHost.Tests.Support;

/// <summary>
/// The valid echo manifest (Manifests/echo.plugin.json) with the changes a test makes by JSON pointer, and the test
/// plugin build it goes with.
/// </summary>
internal sealed class TestManifest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly JsonObject _root;

    private TestManifest(JsonObject root, string build)
    {
        _root = root;
        BuildFolder = Artifacts.TestPlugin(build);
    }

    /// <summary>The build output the manifest describes.</summary>
    public string BuildFolder { get; }

    public static TestManifest Echo() => new(
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifests", "echo.plugin.json")))!.AsObject(),
        "Addin.TestPlugins.Echo");

    /// <summary>The echo manifest pointed at a factory of Addin.TestPlugins.Faulty.</summary>
    public static TestManifest Faulty(string factory) => new TestManifest(Echo()._root, "Addin.TestPlugins.Faulty")
        .With("/assembly", "Addin.TestPlugins.Faulty.dll")
        .With("/providers/0/factory", $"Addin.TestPlugins.Faulty.{factory}");

    /// <summary>Sets the value at the pointer; on an array, an index one past the end appends.</summary>
    public TestManifest With(string pointer, JsonNode? value)
    {
        var (parent, name) = Parent(pointer);
        if (parent is JsonArray array)
        {
            int index = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
            if (index == array.Count)
            {
                array.Add(value);
            }
            else
            {
                array[index] = value;
            }
        }
        else
        {
            parent[name] = value;
        }

        return this;
    }

    public TestManifest Without(string pointer)
    {
        var (parent, name) = Parent(pointer);
        parent.AsObject().Remove(name);
        return this;
    }

    public override string ToString() => _root.ToJsonString(Indented);

    private (JsonNode Parent, string Name) Parent(string pointer)
    {
        string[] segments = pointer.TrimStart('/').Split('/');
        JsonNode node = _root;
        foreach (string segment in segments[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!;
        }

        return (node, segments[^1]);
    }
}
