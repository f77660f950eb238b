using Addin.PluginHost;
using Addin.Sdk;
using Addin.Sdk.Plugins;
using Addin.Sdk.Transcription;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Plugins.Whisper.Tests;

/// <summary>
/// The plugin as built into artifacts/plugins and loaded like the host loads it. No Whisper model can be downloaded
/// here, so these prove what happens without a usable one: each error names the setting and what to do. Real
/// transcription with a model is not exercised.
/// </summary>
public sealed class WhisperEngineTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepoPaths.Plugins, "Addin.Plugins.Whisper");
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task ValidateFolder_BuiltPlugin_IsActiveAndNeedsAModelPath()
    {
        var validation = await ManifestValidator.ValidateFolderAsync(Folder);
        var provider = await LoadedWhisperAsync();

        Assert.Empty(validation.Problems);
        Assert.Equal(PluginStatus.Active, validation.Status);
        Assert.Equal(["/modelPath"], ProviderSettingsValidator.Validate(provider, default, "settings").Select(p => p.Field));
        Assert.NotEmpty(ProviderSettingsValidator.Validate(provider, System.Text.Json.JsonElement.Parse("""{"modelPath":"m.bin","threads":0}"""), "settings"));
        Assert.Empty(ProviderSettingsValidator.Validate(provider, System.Text.Json.JsonElement.Parse("""{"modelPath":"m.bin","language":"auto","threads":2}"""), "settings"));
    }

    [Fact]
    public async Task Transcribe_ModelFileMissing_NamesTheSettingAndWhatToDo()
    {
        var engine = await CreateLoadedAsync("""{"modelPath":"models/ggml-base.en.bin"}""");

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(engine));

        Assert.Contains(Path.Combine(data.Path, "models", "ggml-base.en.bin") + " (setting modelPath of whisper) does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("download a ggml Whisper model", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(0)]
    public async Task Transcribe_JunkModel_NamesTheSettingAndWhatToDo(int bytes)
    {
        string model = Path.Combine(data.Path, "ggml-junk.bin");
        var junk = new byte[bytes];
        new Random(5).NextBytes(junk);
        await File.WriteAllBytesAsync(model, junk);
        var engine = await CreateLoadedAsync($$"""{"modelPath":"{{model}}","language":"en","threads":1}""");

        var ex = await Assert.ThrowsAsync<TranscriptionException>(() => TranscribeAsync(engine));

        Assert.Contains($"{model} (setting modelPath of whisper) cannot be loaded: it is not a ggml Whisper model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("huggingface.co/ggerganov/whisper.cpp", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "/modelPath", "Addin__Providers__Settings__whisper__modelPath")]
    [InlineData("""{"modelPath":"m.bin","language":"xx"}""", "/language", "not a language Whisper knows")]
    [InlineData("""{"modelPath":"m.bin","threads":0}""", "/threads", "between 1 and 64")]
    public void Create_BadSettings_ThrowsNamingTheSetting(string settings, string setting, string fix)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new WhisperTranscriptionFactory().Create(TestProviderContext.Create("whisper", data.Path, settings)));

        Assert.Equal(setting, ex.Setting);
        Assert.Contains(fix, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GoodSettings_TakesAudioOnly()
    {
        var engine = new WhisperTranscriptionFactory().Create(TestProviderContext.Create("whisper", data.Path, """{"modelPath":"m.bin","language":"de"}"""));

        Assert.True(engine.CanTranscribe(new TranscriptionRequest { AudioPath = "speech.wav", Duration = TimeSpan.FromSeconds(1), Language = "fr" }));
        Assert.False(engine.CanTranscribe(new TranscriptionRequest { Duration = TimeSpan.FromSeconds(1) }));
    }

    /// <summary>The built plugin in a plugins directory of its own, loaded by the host's catalog (native libraries and all).</summary>
    private async Task<LoadedProvider> LoadedWhisperAsync()
    {
        string plugins = Path.Combine(data.Path, "plugins");
        Directory.CreateDirectory(plugins);
        Directory.CreateSymbolicLink(Path.Combine(plugins, "Addin.Plugins.Whisper"), Folder);
        var catalog = await PluginCatalog.LoadAsync(plugins, NullLogger.Instance, CancellationToken.None);
        return catalog.Find(ProviderKind.TranscriptionEngine, "whisper") ?? throw new InvalidOperationException("The whisper provider did not load.");
    }

    private async Task<ITranscriptionEngine> CreateLoadedAsync(string settings)
    {
        var provider = await LoadedWhisperAsync();
        return ProviderActivator.Create<ITranscriptionEngine>(provider, TestProviderContext.Create("whisper", data.Path, settings));
    }

    private Task<Transcript> TranscribeAsync(ITranscriptionEngine engine)
    {
        string wav = Path.Combine(data.Path, "speech.wav");
        File.WriteAllBytes(wav, SpokenTimeline.ToWav(new short[16000]));
        return engine.TranscribeAsync(new TranscriptionRequest { AudioPath = wav, Duration = TimeSpan.FromSeconds(1) }, new Progress<double>(), CancellationToken.None);
    }
}
