using Addin.Sdk.Plugins;
using Addin.Sdk.Storage;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.AzureBlob;

/// <summary>Creates the <c>azure-blob</c> media store for a platform, and its container when it is missing.</summary>
public sealed class AzureBlobStoreFactory : IProviderFactory<IMediaStore>
{
    private static readonly TimeSpan LongestSasValidity = TimeSpan.FromDays(7);

    /// <inheritdoc/>
    /// <remarks>Reaches the account once (creating the container if needed), so a wrong connection string, an unreachable account or a refused key fail here, by setting.</remarks>
    public IMediaStore Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<AzureBlobSettings>();
        string prefix = CheckedPrefix(context.ProviderId, settings.Prefix);
        if (settings.MaxSasValidity <= TimeSpan.Zero || settings.MaxSasValidity > LongestSasValidity)
        {
            throw new ProviderSettingsException(context.ProviderId, "/maxSasValidity",
                $"is {settings.MaxSasValidity}; give a duration above zero and at most 7.00:00:00, for example \"01:00:00\"");
        }

        var container = Connect(context.ProviderId, settings).GetBlobContainerClient(settings.Container);
        var store = new AzureBlobMediaStore(container, new BlobNames(prefix), settings.MaxSasValidity,
            settings.AccessTier is null ? (AccessTier?)null : new AccessTier(settings.AccessTier), context.Time,
            context.LoggerFactory.CreateLogger<AzureBlobMediaStore>());
        try
        {
            container.CreateIfNotExists();
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            var (setting, problem) = StorageFailure.Describe(ex, store.Endpoint, settings.Container);
            throw new ProviderSettingsException(context.ProviderId, setting, problem, ex);
        }

        return store;
    }

    /// <summary>
    /// The client. Its messages never include the connection string: a format error says what is expected, not what was given.
    /// </summary>
    private static BlobServiceClient Connect(string providerId, AzureBlobSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new ProviderSettingsException(providerId, "/connectionString",
                $"is not set; give the storage account's connection string in configuration, for example the environment variable Addin__Providers__Settings__{providerId}__connectionString (never in plugin.json)");
        }

        // Service version 2025-11-05: the newest that Azurite (3.35) accepts, and one Azure Storage serves.
        // Few, short retries: an unreachable account is reported within seconds, and the pipeline retries its stage later.
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)
        {
            Retry = { Mode = RetryMode.Exponential, MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(500) },
        };
        try
        {
            return new BlobServiceClient(settings.ConnectionString, options);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new ProviderSettingsException(providerId, "/connectionString",
                "is not an Azure Storage connection string; copy it from the account's Access keys page (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net)");
        }
    }

    private static string CheckedPrefix(string providerId, string prefix)
    {
        string trimmed = prefix.Trim('/');
        return trimmed.Length == 0 || BlobNames.Problem(trimmed) is not { } problem
            ? trimmed
            : throw new ProviderSettingsException(providerId, "/prefix", $"{problem}; give a folder name such as \"springfield\" or \"schools/springfield\"");
    }
}
