using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Addin.Sdk.Plugins;
using Addin.Testing;
using Azure.Storage.Blobs;

namespace Addin.Plugins.AzureBlob.Tests;

/// <summary>Settings that cannot work are refused when the store is created, naming the setting, never repeating the secret.</summary>
public sealed class AzureBlobStoreFactoryTests : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Create_ContainerMissing_CreatesIt()
    {
        string container = AzuriteServer.NewContainerName();

        Create(new { connectionString = AzuriteServer.ConnectionString, container });

        var client = BlobStoreFixture.Service.GetBlobContainerClient(container);
        Assert.True(await client.ExistsAsync());
        await client.DeleteAsync();
    }

    [Fact]
    public void Create_NoConnectionString_NamesTheSettingAndTheEnvironmentVariable()
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { container = "media" }));

        Assert.Equal("/connectionString", ex.Setting);
        Assert.Contains("Addin__Providers__Settings__azure-blob__connectionString", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SomethingElseThanAConnectionString_NamesTheSettingWithoutRepeatingIt()
    {
        const string secret = "AccountKey=hunter2-not-a-connection-string";

        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { connectionString = secret }));

        Assert.Equal("/connectionString", ex.Setting);
        Assert.DoesNotContain("hunter2", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AccountNotListening_SaysTheEndpointCannotBeReachedWithoutTheKey()
    {
        int port = ClosedPort();
        string connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { connectionString = connection }));

        Assert.Equal("/connectionString", ex.Setting);
        Assert.Contains($"http://127.0.0.1:{port}/devstoreaccount1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WrongAccountKey_SaysTheCredentialsWereRefused()
    {
        var wrong = new BlobServiceClient(AzuriteServer.ConnectionString).Uri;
        string otherKey = Convert.ToBase64String(new byte[64]);
        string connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={otherKey};BlobEndpoint={wrong};";

        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { connectionString = connection, container = AzuriteServer.NewContainerName() }));

        Assert.Equal("/connectionString", ex.Setting);
        Assert.Contains("refused the credentials", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(otherKey, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/../b")]
    [InlineData("a//b")]
    [InlineData("a\\b")]
    public void Create_PrefixThatIsNotAFolderName_NamesIt(string prefix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { connectionString = AzuriteServer.ConnectionString, prefix }));

        Assert.Equal("/prefix", ex.Setting);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("8.00:00:00")]
    public void Create_MaxSasValidityOutOfRange_NamesIt(string maxSasValidity)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => Create(new { connectionString = AzuriteServer.ConnectionString, maxSasValidity }));

        Assert.Equal("/maxSasValidity", ex.Setting);
    }

    [Fact]
    public void DefaultSettings_InPluginJson_AreTheCodeDefaults()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var provider = manifest.RootElement.GetProperty("providers")[0];

        var settings = TestProviderContext.Create("azure-blob", _data.Path, provider.GetProperty("defaultSettings").GetRawText()).GetSettings<AzureBlobSettings>();

        var expected = new AzureBlobSettings();
        Assert.Equal((expected.Container, expected.Prefix, expected.MaxSasValidity), (settings.Container, settings.Prefix, settings.MaxSasValidity));
        Assert.True(provider.GetProperty("settingsSchema").GetProperty("properties").GetProperty("connectionString").GetProperty("x-secret").GetBoolean());
    }

    private void Create(object settings) =>
        new AzureBlobStoreFactory().Create(TestProviderContext.Create("azure-blob", _data.Path, JsonSerializer.Serialize(settings)));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
