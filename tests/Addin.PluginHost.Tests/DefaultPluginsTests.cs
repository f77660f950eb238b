using System.Security.Cryptography;
using System.Text;
using Addin.PluginHost.Tests.Support;
using Addin.Sdk;
using Addin.Sdk.Recordings;
using Addin.Sdk.Storage;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.Extensions.Logging;

namespace Addin.PluginHost.Tests;

/// <summary>The three default plugins, as built into artifacts/plugins, loaded by the catalog like the host does.</summary>
public sealed class DefaultPluginsTests(DefaultPluginsTests.Fixture fixture) : IClassFixture<DefaultPluginsTests.Fixture>, IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void LoadAsync_DefaultPlugins_AreActiveWithTheirProviders()
    {
        Assert.All(fixture.Catalog.Plugins, p => Assert.Equal((PluginStatus.Active, 0), (p.Status, p.Problems.Count)));
        Assert.Equal(
            [("folder", ProviderKind.RecordingSource), ("local-disk", ProviderKind.MediaStore), ("source-transcript", ProviderKind.TranscriptionEngine)],
            fixture.Catalog.Providers.Select(p => (p.Id, p.Kind)).Order());
        Assert.Equal(3, fixture.Logger.Entries.Count(e => e.Level == LogLevel.Information));
    }

    [Fact]
    public async Task Create_LocalDisk_StoresAndReadsBackWithChecksum()
    {
        var store = Create<IMediaStore>(ProviderKind.MediaStore, "local-disk");
        byte[] content = Encoding.UTF8.GetBytes("a recording, in spirit");

        var stored = await store.PutAsync("recordings/1/original.mp4", new MemoryStream(content), "video/mp4", null, CancellationToken.None);
        await using var read = await store.OpenReadAsync("recordings/1/original.mp4", CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.StartsWith(Path.Combine(_data.Path, "media"), store.TryGetLocalPath("recordings/1/original.mp4"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SourceTranscript_ReadsAVttWithSpeakers()
    {
        var engine = Create<ITranscriptionEngine>(ProviderKind.TranscriptionEngine, "source-transcript");
        var request = new TranscriptionRequest
        {
            Duration = TimeSpan.FromSeconds(5),
            SourceTranscript = new TranscriptFile { Format = "vtt", Origin = "inline.vtt", Content = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ada>Hello.</v>\n" },
        };

        var transcript = await engine.TranscribeAsync(request, new Progress<double>(), CancellationToken.None);

        Assert.Equal(["Ada"], transcript.Speakers);
        Assert.Equal("source-transcript", transcript.EngineId);
    }

    [Fact]
    public async Task Create_Folder_IsAnUploadSourceThatMakesCourseFolders()
    {
        var source = Create<IRecordingSource>(ProviderKind.RecordingSource, "folder");
        var scope = new SourceScope { PlatformKey = "test", Courses = [new CourseBinding { CourseKey = "math-101", Title = "Maths" }] };

        var page = await source.DiscoverAsync(scope, null, CancellationToken.None);

        Assert.IsAssignableFrom<IUploadRecordingSource>(source);
        Assert.Empty(page.Recordings);
        Assert.True(Directory.Exists(Path.Combine(_data.Path, "inbox", "math-101")));
    }

    [Fact]
    public void Find_KindThatDoesNotMatchTheId_ReturnsNull()
    {
        Assert.Null(fixture.Catalog.Find(ProviderKind.Summariser, "folder"));
    }

    private T Create<T>(ProviderKind kind, string id)
        where T : class
    {
        var provider = fixture.Catalog.Find(kind, id)!;
        var settings = ProviderSettingsValidator.WithDefaults(provider, default);
        Assert.Empty(ProviderSettingsValidator.Validate(provider, settings, $"settings for {id}"));
        return ProviderActivator.Create<T>(provider, TestProviderContext.Create(id, _data.Path, settings.GetRawText()));
    }

    /// <summary>Copies the three built plugins into a temporary plugins directory and loads it once for the class.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly PluginsDirectory _plugins = new();

        public IPluginCatalog Catalog { get; private set; } = null!;

        public RecordingLogger Logger { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (string plugin in new[] { "Addin.Plugins.Folder", "Addin.Plugins.SourceTranscript", "Addin.Plugins.LocalDisk" })
            {
                _plugins.Add(plugin, Artifacts.Plugin(plugin), manifest: null);
            }

            Catalog = await PluginCatalog.LoadAsync(_plugins.Path, Logger, CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            _plugins.Dispose();
            return Task.CompletedTask;
        }
    }
}
