using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Folder;

/// <summary>Creates the <c>folder</c> recording source for a platform.</summary>
public sealed class FolderSourceFactory : IProviderFactory<IRecordingSource>
{
    /// <inheritdoc/>
    /// <remarks>Creates the inbox folder when it is missing, so people can find where to drop files.</remarks>
    public IRecordingSource Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<FolderSourceSettings>();
        if (string.IsNullOrWhiteSpace(settings.Inbox))
        {
            throw new ProviderSettingsException(context.ProviderId, "/inbox", "is empty; name the folder that holds one subfolder per course, for example \"inbox\"");
        }

        if (settings.SettleTime < TimeSpan.Zero)
        {
            throw new ProviderSettingsException(context.ProviderId, "/settleTime", "is negative; give how long a file must stay unchanged, for example \"00:00:02\"");
        }

        if (settings.Extensions.FirstOrDefault(e => e.Length < 2 || e[0] != '.') is { } extension)
        {
            throw new ProviderSettingsException(context.ProviderId, "/extensions", $"'{extension}' is not an extension; write each with its dot, for example \".mp4\"");
        }

        string inbox = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(context.HostDataDirectory, settings.Inbox)));
        try
        {
            Directory.CreateDirectory(inbox);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProviderSettingsException(context.ProviderId, "/inbox", $"the folder {inbox} cannot be created ({ex.Message}); choose a folder the host may write to", ex);
        }

        return new FolderRecordingSource(new Inbox(inbox), settings, context.Time, context.LoggerFactory.CreateLogger<FolderRecordingSource>());
    }
}
