using Microsoft.Extensions.Logging;

namespace Addin.PluginHost.Loading;

/// <summary>The plugin host's log entries: one per problem, with its file, field and fix as separate values.</summary>
internal static partial class PluginLog
{
    [LoggerMessage(EventId = 1, Message = "Plugin {Folder} is {Status} and was not loaded: {File} {Field}: {Problem}. Fix: {Fix}")]
    public static partial void Problem(ILogger logger, LogLevel level, string folder, PluginStatus status, string file, string field, string problem, string fix);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Loaded plugin {PluginId} {Version} from {Folder}: providers {ProviderIds}")]
    public static partial void Loaded(ILogger logger, string pluginId, string version, string folder, string providerIds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The plugins directory {Directory} does not exist; no providers are available")]
    public static partial void NoDirectory(ILogger logger, string directory);
}
