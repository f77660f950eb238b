using System.Globalization;
using System.Text.Json;
using Addin.Core.Audit;
using Addin.Core.Retention;
using Addin.Plugins.AzureBlob;
using Addin.Sdk.Storage;
using Addin.Testing;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Retention;

/// <summary>Retention on the Azure Blob store in Azurite: media moves to the policy's tier, then the blobs are deleted.</summary>
public sealed class RetentionOnAzureBlobTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly string _container = AzuriteServer.NewContainerName();
    private readonly IMediaStore _store;

    public RetentionOnAzureBlobTests()
    {
        string settings = JsonSerializer.Serialize(new { connectionString = AzuriteServer.ConnectionString, container = _container });
        _store = new AzureBlobStoreFactory().Create(TestProviderContext.Create("azure-blob", _data.Path, settings));
    }

    // The service version Azurite 3.35 accepts, as the store itself speaks.
    private BlobContainerClient Container =>
        new BlobServiceClient(AzuriteServer.ConnectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)).GetBlobContainerClient(_container);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Container.DeleteIfExistsAsync();
        _data.Dispose();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_MovesTheBlobsToTheCoolTier_ThenDeletesThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var s = await RetentionScenario.CreateAsync(db, _store);
        var recording = s.School.ClassRecording;
        await s.Policies().SetAsync(s.School.Algebra.PlatformId, null, 30, 10, "Cool", CancellationToken.None);
        await s.Policies().SetAsync(s.School.Algebra.PlatformId, s.School.Biology.Id, 365, null, null, CancellationToken.None);

        s.Clock.Advance(TimeSpan.FromDays(11));
        var moved = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        var tiers = new List<AccessTier?>();
        foreach (string key in s.ClassKeys)
        {
            tiers.Add((await Container.GetBlobClient(key).GetPropertiesAsync()).Value.AccessTier);
        }

        var again = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(13));
        await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        s.Clock.Advance(TimeSpan.FromDays(7));
        var deleted = await s.Run().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);

        var move = moved.Items.Single(i => i.RecordingId == recording.Id);
        Assert.Equal((RetentionStep.Move, null), (move.Step, move.Problem));
        Assert.All(tiers, t => Assert.Equal(AccessTier.Cool, t));
        Assert.DoesNotContain(again.Items, i => i.RecordingId == recording.Id);
        Assert.Contains(deleted.Items, i => i.RecordingId == recording.Id && i.Step == RetentionStep.Delete && i.Problem is null);
        Assert.Empty(await s.StoredKeysAsync(recording));
        var left = new List<string>();
        await foreach (var blob in Container.GetBlobsAsync())
        {
            left.Add(blob.Name);
        }

        Assert.DoesNotContain(left, name => name.StartsWith($"recordings/{recording.Id}/", StringComparison.Ordinal));
        Assert.Contains(left, name => name.StartsWith($"recordings/{s.School.BiologyRecording.Id}/", StringComparison.Ordinal));
        string target = recording.Id.ToString(CultureInfo.InvariantCulture);
        await using var fresh = database.CreateContext();
        Assert.Contains("to Cool", (await fresh.AuditEntries.SingleAsync(a => a.Action == AuditActions.RetentionMove && a.TargetId == target)).Detail, StringComparison.Ordinal);
    }
}
