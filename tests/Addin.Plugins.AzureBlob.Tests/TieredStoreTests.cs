using Addin.Sdk.Storage;
using Azure.Storage.Blobs.Models;

namespace Addin.Plugins.AzureBlob.Tests;

/// <summary>Retention's tier moves against Azurite: the blob's access tier is what the store was told.</summary>
public sealed class TieredStoreTests : IAsyncLifetime
{
    private const string Key = "recordings/7/original.mp4";

    private readonly BlobStoreFixture _fixture = new();

    private ITieredMediaStore Store => Assert.IsAssignableFrom<ITieredMediaStore>(_fixture.Store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Theory]
    [InlineData(MediaTier.Cool, "Cool")]
    [InlineData(MediaTier.Archive, "Archive")]
    public async Task SetTier_MovesTheBlobToThatAccessTier(MediaTier tier, string accessTier)
    {
        await Store.PutAsync(Key, new MemoryStream([1, 2, 3]), "video/mp4", null, CancellationToken.None);

        bool moved = await Store.SetTierAsync(Key, tier, CancellationToken.None);

        Assert.True(moved);
        BlobProperties properties = await _fixture.Container.GetBlobClient(Key).GetPropertiesAsync();
        Assert.Equal(accessTier, properties.AccessTier.ToString());
        Assert.Equal(tier, await Store.GetTierAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task SetTier_OfAMissingObject_IsFalse_AndItHasNoTier()
    {
        Assert.False(await Store.SetTierAsync("recordings/8/none.mp4", MediaTier.Cool, CancellationToken.None));
        Assert.Null(await Store.GetTierAsync("recordings/8/none.mp4", CancellationToken.None));
    }
}
