using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.PluginHost;
using Addin.Sdk;
using Addin.Sdk.Notifications;
using Addin.Sdk.Plugins;
using Addin.Sdk.Recordings;
using Addin.Sdk.Risk;
using Addin.Sdk.Storage;
using Addin.Sdk.Summaries;
using Addin.Sdk.Transcription;
using Addin.Sdk.Translation;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Plugins;

/// <summary>
/// Creates each platform's providers from the loaded plugins with the platform's settings (its own choice, or the
/// configured defaults) and keeps them for reuse. A provider that cannot be created is reported with the platform,
/// the provider and the fix.
/// </summary>
public sealed class PlatformProviders(
    IPluginCatalog catalog,
    IDbContextFactory<AddinDbContext> contexts,
    IOptions<ProviderDefaultsOptions> defaults,
    IOptions<AlertOptions> alerts,
    IOptions<BriefOptions> briefs,
    IOptions<AddinOptions> addin,
    ILoggerFactory loggerFactory,
    IHttpClientFactory httpClients,
    TimeProvider time) : IPlatformProviders
{
    /// <summary>The platform key providers created for commands see; their private data lives under it.</summary>
    private const string CommandPlatformKey = "_commands";

    private readonly ConcurrentDictionary<(long PlatformId, ProviderKind Kind), Lazy<Task<IReadOnlyList<ResolvedProvider<object>>>>> cache = new();

    public async Task<ResolvedProvider<IRecordingSource>> GetRecordingSourceAsync(long platformId, CancellationToken cancellationToken) =>
        First<IRecordingSource>(await GetAsync(platformId, ProviderKind.RecordingSource, cancellationToken), platformId, ProviderKind.RecordingSource);

    public async Task<ResolvedProvider<IMediaStore>> GetMediaStoreAsync(long platformId, CancellationToken cancellationToken) =>
        First<IMediaStore>(await GetAsync(platformId, ProviderKind.MediaStore, cancellationToken), platformId, ProviderKind.MediaStore);

    public async Task<ResolvedProvider<ISummariser>> GetSummariserAsync(long platformId, CancellationToken cancellationToken) =>
        First<ISummariser>(await GetAsync(platformId, ProviderKind.Summariser, cancellationToken), platformId, ProviderKind.Summariser);

    public async Task<ResolvedProvider<ITranslator>?> GetTranslatorAsync(long platformId, CancellationToken cancellationToken) =>
        (await GetAsync(platformId, ProviderKind.Translator, cancellationToken)).FirstOrDefault() is { } first
            ? new ResolvedProvider<ITranslator>(first.ProviderId, (ITranslator)first.Provider)
            : null;

    public async Task<IReadOnlyList<ResolvedProvider<ITranscriptionEngine>>> GetTranscriptionEnginesAsync(long platformId, CancellationToken cancellationToken) =>
        (await GetAsync(platformId, ProviderKind.TranscriptionEngine, cancellationToken))
        .Select(p => new ResolvedProvider<ITranscriptionEngine>(p.ProviderId, (ITranscriptionEngine)p.Provider))
        .ToList();

    /// <summary>
    /// A transcription engine with its configured settings (<c>Addin:Providers:Settings</c>), outside any platform: for
    /// commands such as <c>./addin transcripts wer</c>.
    /// </summary>
    /// <exception cref="ProviderUnavailableException">No loaded plugin provides it, or its settings cannot work.</exception>
    public ITranscriptionEngine CreateConfiguredTranscriptionEngine(string providerId) =>
        (ITranscriptionEngine)Create(CommandPlatformKey, "This command", ProviderKind.TranscriptionEngine, providerId, null, $"configuration {ProviderDefaultsOptions.SectionName}").Provider;

    /// <summary>The platform's risk model (its own choice, or the configured default).</summary>
    public async Task<ResolvedProvider<IRiskModel>> GetRiskModelAsync(long platformId, CancellationToken cancellationToken) =>
        First<IRiskModel>(await GetAsync(platformId, ProviderKind.RiskModel, cancellationToken), platformId, ProviderKind.RiskModel);

    /// <summary>A risk model with its configured settings, outside any platform: for <c>./addin risk train|evaluate</c>.</summary>
    /// <exception cref="ProviderUnavailableException">No loaded plugin provides it, or its settings cannot work.</exception>
    public IRiskModel CreateConfiguredRiskModel(string providerId) =>
        (IRiskModel)Create(CommandPlatformKey, "This command", ProviderKind.RiskModel, providerId, null, $"configuration {ProviderDefaultsOptions.SectionName}").Provider;

    /// <summary>Every transcription engine the loaded plugins provide, configured or not (for commands that compare them).</summary>
    public IReadOnlyList<string> InstalledTranscriptionEngineIds =>
        catalog.Providers.Where(p => p.Kind == ProviderKind.TranscriptionEngine).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

    public async Task<INotifier> GetNotifierAsync(long platformId, string providerId, CancellationToken cancellationToken) =>
        (INotifier?)(await GetAsync(platformId, ProviderKind.Notifier, cancellationToken)).FirstOrDefault(p => p.ProviderId == providerId)?.Provider
        ?? throw new ProviderUnavailableException(
            $"Platform {platformId} has no notifier '{providerId}'. Name it in {AlertOptions.SectionName} or {BriefOptions.SectionName} and check that its plugin is loaded (./addin plugins list).");

    /// <summary>Forgets a platform's providers, so the next use creates them from its current settings.</summary>
    public void Invalidate(long platformId)
    {
        foreach (var key in cache.Keys.Where(k => k.PlatformId == platformId))
        {
            cache.TryRemove(key, out _);
        }
    }

    private async Task<IReadOnlyList<ResolvedProvider<object>>> GetAsync(long platformId, ProviderKind kind, CancellationToken cancellationToken)
    {
        var lazy = cache.GetOrAdd((platformId, kind), key => new Lazy<Task<IReadOnlyList<ResolvedProvider<object>>>>(() => CreateAsync(key.PlatformId, key.Kind)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (ProviderUnavailableException)
        {
            // Settings may be fixed without a restart: try again next time.
            cache.TryRemove(new KeyValuePair<(long, ProviderKind), Lazy<Task<IReadOnlyList<ResolvedProvider<object>>>>>((platformId, kind), lazy));
            throw;
        }
    }

    private async Task<IReadOnlyList<ResolvedProvider<object>>> CreateAsync(long platformId, ProviderKind kind)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var platform = await db.Platforms.AsNoTracking().Include(p => p.Providers).SingleOrDefaultAsync(p => p.Id == platformId)
                       ?? throw new ProviderUnavailableException($"Platform {platformId} does not exist.");
        var selections = platform.Providers.Where(s => s.Kind == kind).OrderBy(s => s.Order)
            .Select(s => (s.ProviderId, Settings: (string?)s.SettingsJson, Origin: $"platform '{platform.Key}' provider selection"))
            .ToList();
        if (selections.Count == 0)
        {
            selections = DefaultIds(kind).Select(id => (id, (string?)null, $"configuration {ProviderDefaultsOptions.SectionName}")).ToList();
        }

        return selections.Select(s => Create(platform.Key, $"Platform '{platform.Key}'", kind, s.ProviderId, s.Settings, s.Origin)).ToList();
    }

    /// <param name="platformKey">The platform the provider works for; its private data lives under it.</param>
    /// <param name="user">Who uses the provider, as messages name it ("Platform 'x'").</param>
    /// <param name="selectedSettings">The platform's own settings, or null for the configured ones.</param>
    private ResolvedProvider<object> Create(string platformKey, string user, ProviderKind kind, string providerId, string? selectedSettings, string origin)
    {
        var provider = catalog.Find(kind, providerId) ?? throw new ProviderUnavailableException(
            $"{user} uses {ProviderNames.Of(kind)} '{providerId}' ({origin}), but no loaded plugin provides it. " +
            $"Loaded {ProviderNames.Of(kind)}s: {string.Join(", ", catalog.Providers.Where(p => p.Kind == kind).Select(p => p.Id).DefaultIfEmpty("none"))}. " +
            "Check './addin plugins list' and the plugin page for plugins that failed to load.");

        using var document = JsonDocument.Parse(SettingsJson(provider, selectedSettings));
        string location = $"{origin} for provider '{providerId}'";
        var problems = ProviderSettingsValidator.Validate(provider, document.RootElement, location);
        if (problems.Count > 0)
        {
            throw new ProviderUnavailableException(
                $"{user}: the settings of {ProviderNames.Of(kind)} '{providerId}' are invalid: " +
                string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message} ({p.Fix})")));
        }

        string dataDirectory = Path.GetFullPath(addin.Value.DataDirectory);
        var context = new ProviderContext
        {
            ProviderId = providerId,
            PlatformKey = platformKey,
            Settings = ProviderSettingsValidator.WithDefaults(provider, document.RootElement),
            LoggerFactory = loggerFactory,
            CreateHttpClient = () => httpClients.CreateClient($"provider:{providerId}"),
            Time = time,
            DataDirectory = Path.Combine(dataDirectory, "providers", platformKey, providerId),
            HostDataDirectory = dataDirectory,
        };
        try
        {
            return new ResolvedProvider<object>(providerId, ProviderActivator.Create<object>(provider, context));
        }
        catch (ProviderActivationException ex)
        {
            throw new ProviderUnavailableException($"{user}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The configured settings of the provider (typed by its schema); for a platform's own selection, its settings with
    /// the configured values of the secret settings it leaves out, since secrets live only in configuration.
    /// </summary>
    private string SettingsJson(LoadedProvider provider, string? selectedSettings)
    {
        var configured = defaults.Value.Settings.TryGetValue(provider.Id, out var fromConfiguration)
            ? ConfigurationSettings.Typed(fromConfiguration, provider.SettingsSchemaJson)
            : [];
        if (selectedSettings is null)
        {
            return configured.ToJsonString();
        }

        if (JsonNode.Parse(selectedSettings) is not JsonObject selected)
        {
            return selectedSettings;
        }

        foreach (string name in provider.SecretSettings.Where(p => p.LastIndexOf('/') == 0).Select(p => p[1..]))
        {
            if (!selected.ContainsKey(name) && configured[name] is { } secret)
            {
                selected[name] = secret.DeepClone();
            }
        }

        return selected.ToJsonString();
    }

    private List<string> DefaultIds(ProviderKind kind) => kind switch
    {
        ProviderKind.RecordingSource => defaults.Value.RecordingSource,
        ProviderKind.TranscriptionEngine => defaults.Value.TranscriptionEngine,
        ProviderKind.MediaStore => defaults.Value.MediaStore,
        ProviderKind.Summariser => defaults.Value.Summariser,
        ProviderKind.RiskModel => defaults.Value.RiskModel,
        ProviderKind.Translator => defaults.Value.Translator,
        ProviderKind.Notifier => [.. alerts.Value.NotifierIds.Append(briefs.Value.Notifier).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)],
        _ => [],
    };

    private static ResolvedProvider<T> First<T>(IReadOnlyList<ResolvedProvider<object>> providers, long platformId, ProviderKind kind)
        where T : class
    {
        var first = providers.FirstOrDefault() ?? throw new ProviderUnavailableException(
            $"Platform {platformId} has no {ProviderNames.Of(kind)}. Choose one for the platform or set {ProviderDefaultsOptions.SectionName}:{kind}.");
        return new ResolvedProvider<T>(first.ProviderId, (T)first.Provider);
    }
}
