using System.Text.Json;
using Addin.Sdk.Storage;
using Addin.Testing;
using Azure.Storage.Blobs;

namespace Addin.Plugins.AzureBlob.Tests;

/// <summary>
/// A store over a container of its own (or the one <c>extraSettings</c> name) in the Azurite that ./addin test starts;
/// the container is deleted afterwards.
/// </summary>
internal sealed class BlobStoreFixture : IAsyncDisposable
{
    private readonly TempDirectory _data = new();

    public BlobStoreFixture(object? extraSettings = null, TimeProvider? time = null)
    {
        var settings = JsonSerializer.SerializeToNode(new { connectionString = AzuriteServer.ConnectionString, container = AzuriteServer.NewContainerName() })!.AsObject();
        if (extraSettings is not null)
        {
            foreach (var (name, value) in JsonSerializer.SerializeToNode(extraSettings, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject())
            {
                settings[name] = value?.DeepClone();
            }
        }

        ContainerName = settings["container"]!.GetValue<string>();
        Store = new AzureBlobStoreFactory().Create(TestProviderContext.Create("azure-blob", _data.Path, settings.ToJsonString(), time));
        Container = Service.GetBlobContainerClient(ContainerName);
    }

    /// <summary>The account as the tests see it, with the SDK directly.</summary>
    public static BlobServiceClient Service { get; } = new(AzuriteServer.ConnectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05));

    public string ContainerName { get; }

    public IMediaStore Store { get; }

    public BlobContainerClient Container { get; }

    public async ValueTask DisposeAsync()
    {
        await Container.DeleteIfExistsAsync();
        _data.Dispose();
    }
}
