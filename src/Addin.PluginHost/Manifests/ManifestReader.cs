using System.Text.Json;
using Addin.PluginHost.Schemas;

namespace Addin.PluginHost.Manifests;

/// <summary>Reads and validates one folder's <c>plugin.json</c> without loading any of the plugin's code.</summary>
internal static class ManifestReader
{
    public const string FileName = "plugin.json";

    public static async Task<PluginValidation> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        string manifestPath = Path.Combine(folder, FileName);
        var plugin = new PluginValidation { Folder = folder, ManifestPath = manifestPath, Status = PluginStatus.Active, Problems = [] };
        if (!File.Exists(manifestPath))
        {
            return plugin.WithProblems(PluginStatus.Invalid, [new(manifestPath, "", "there is no plugin.json in this folder",
                "add a plugin.json beside the plugin's .dll files (see plugin.schema.json), or move the folder out of the plugins directory")]);
        }

        JsonElement root;
        try
        {
            await using var stream = File.OpenRead(manifestPath);
            using var document = await JsonDocument.ParseAsync(stream, ManifestJson.Document, cancellationToken);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return plugin.WithProblems(PluginStatus.Invalid, [SyntaxProblem(manifestPath, ex)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return plugin.WithProblems(PluginStatus.Invalid, [new(manifestPath, "", $"the file cannot be read: {ex.Message.TrimEnd('.')}",
                "make sure the host's user may read the plugin folder and its files")]);
        }

        var schemaProblems = SchemaProblems.Find(ManifestSchema.Compiled, ManifestSchema.Json, root, manifestPath, "");
        if (schemaProblems.Count > 0)
        {
            return plugin.WithProblems(PluginStatus.Invalid, schemaProblems);
        }

        var manifest = root.Deserialize<PluginManifest>(ManifestJson.Serializer)
                       ?? throw new InvalidOperationException("a manifest valid against the schema is a JSON object");
        return ManifestChecks.Check(plugin with { Manifest = manifest });
    }

    private static PluginProblem SyntaxProblem(string manifestPath, JsonException ex)
    {
        // The reader's message ends with its own 0-based position; people count lines and columns from 1.
        string reason = ex.Message;
        int position = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (position < 0 ? reason : reason[..position]).Trim().TrimEnd('.');
        return new(manifestPath, "", $"not valid JSON at line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}: {reason}",
            "correct the JSON at that position (a missing comma, quote or bracket is the usual cause); an editor with JSON support highlights it");
    }
}
