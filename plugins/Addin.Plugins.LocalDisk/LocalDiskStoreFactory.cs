using Addin.Sdk.Plugins;
using Addin.Sdk.Storage;

namespace Addin.Plugins.LocalDisk;

/// <summary>Creates the <c>local-disk</c> media store for a platform.</summary>
public sealed class LocalDiskStoreFactory : IProviderFactory<IMediaStore>
{
    /// <inheritdoc/>
    /// <remarks>Creates the root folder when it is missing, so a fresh install works and a folder that cannot be made fails here, by name.</remarks>
    public IMediaStore Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<LocalDiskSettings>();
        if (string.IsNullOrWhiteSpace(settings.Root))
        {
            throw new ProviderSettingsException(context.ProviderId, "/root", "is empty; name the folder to keep media in, for example \"media\"");
        }

        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(context.HostDataDirectory, settings.Root)));
        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProviderSettingsException(context.ProviderId, "/root", $"the folder {root} cannot be created ({ex.Message}); choose a folder the host may write to", ex);
        }

        return new LocalDiskMediaStore(root);
    }
}
