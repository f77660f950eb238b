using Addin.Core.Access;
using Addin.Core.Audit;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.Launches;
using Addin.Core.Pipeline;
using Addin.Core.Pipeline.Stages;
using Addin.Core.Providers;
using Addin.Core.Quality;
using Addin.Core.Recaps;
using Addin.Core.Search;
using Addin.Data;
using Addin.Lti.DeepLinking;
using Addin.Media;
using Addin.Media.Highlights;
using Addin.Media.Probing;
using Addin.Media.Processing;
using Addin.Media.Renditions;
using Addin.Media.Speech;
using Addin.Media.Tools;
using Addin.PluginHost;
using Addin.Web.Configuration;
using Addin.Web.Demo;
using Addin.Web.Health;
using Addin.Web.Lti;
using Addin.Web.Media;
using Addin.Web.Pages;
using Addin.Web.Pipeline;
using Addin.Web.Plugins;
using Addin.Web.Sessions;
using Addin.Web.Teams;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>Addin's composition, one concern per method.</summary>
public static class AddinServices
{
    public static WebApplicationBuilder AddAddin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddAddinOptions();
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddRazorComponents();
        services.AddHttpClient();

        string dataDirectory = Path.GetFullPath(configuration[$"{AddinOptions.SectionName}:{nameof(AddinOptions.DataDirectory)}"] ?? new AddinOptions().DataDirectory);
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddAddinDatabase(
            database.Provider,
            database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(database.ConnectionString)
                ? DataServiceCollectionExtensions.DefaultSqliteConnectionString(dataDirectory)
                : database.ConnectionString ?? "");
        services.AddAddinDataProtection(database.Provider, dataDirectory);

        services.AddAddinDomain();
        services.AddAddinMedia();
        services.AddAddinPlugins();
        services.AddAddinJobs(configuration, database, dataDirectory);
        services.AddAddinLti();
        services.AddAddinLtiAdvantage();
        services.AddAddinPages();
        services.AddAddinTeams();
        services.AddAddinBriefs();
        services.AddAddinHealth();
        services.AddDemoPlatform(configuration);
        return builder;
    }

    /// <summary>
    /// The Data Protection key ring: in the database with PostgreSQL, which several processes share (a token one
    /// issues must read on the others); beside the SQLite file otherwise, where one process does everything.
    /// </summary>
    private static void AddAddinDataProtection(this IServiceCollection services, DatabaseProvider provider, string dataDirectory)
    {
        var protection = services.AddDataProtection().SetApplicationName("Addin");
        if (provider != DatabaseProvider.Postgres)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
            return;
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new Security.DatabaseKeyRepository(sp.GetRequiredService<IServiceScopeFactory>())));
    }

    private static void AddAddinOptions(this IServiceCollection services)
    {
        services.AddValidatedOptions<AddinOptions, AddinOptionsValidator>(AddinOptions.SectionName);
        services.AddValidatedOptions<PluginOptions, PluginOptionsValidator>(PluginOptions.SectionName);
        services.AddValidatedOptions<ProviderDefaultsOptions, ProviderDefaultsOptionsValidator>(ProviderDefaultsOptions.SectionName);
        services.AddValidatedOptions<JobOptions, JobOptionsValidator>(JobOptions.SectionName);
        services.AddValidatedOptions<PipelineOptions, PipelineOptionsValidator>(PipelineOptions.SectionName);
        services.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(DatabaseOptions.SectionName);
        services.AddValidatedOptions<AlertOptions, AlertOptionsValidator>(AlertOptions.SectionName);
        services.AddValidatedOptions<QualityOptions, QualityOptionsValidator>(QualityOptions.SectionName);
        services.AddValidatedOptions<RiskOptions, RiskOptionsValidator>(RiskOptions.SectionName);
        services.AddValidatedOptions<Core.Retention.RetentionOptions, RetentionOptionsValidator>(Core.Retention.RetentionOptions.SectionName);
        services.AddValidatedOptions<FfmpegOptions, FfmpegOptionsAdapter>(FfmpegOptions.SectionName);
        services.AddValidatedOptions<Core.Highlights.HighlightOptions, HighlightOptionsValidator>(Core.Highlights.HighlightOptions.SectionName);
        services.PostConfigure<AddinOptions>(o => o.ApplyDefaults());
        services.AddOptions<ProviderDefaultsOptions>().PostConfigure<IConfiguration>((o, configuration) =>
        {
            // The binder cannot fill JSON objects: read the settings sections as JSON.
            o.Settings = ConfigurationSettings.Read(configuration.GetSection(ProviderDefaultsOptions.SectionName + ":" + nameof(ProviderDefaultsOptions.Settings)));
            o.ApplyDefaults();
        });
        services.PostConfigure<PipelineOptions>(o => o.ApplyDefaults());
    }

    internal static void AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    private static void AddAddinDomain(this IServiceCollection services)
    {
        services.AddScoped<AccessPolicy>();
        services.AddScoped<TranscriptSearch>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSearch>();
        services.AddScoped<Core.Compliance.StudentExport>();
        services.AddScoped<Core.Compliance.StudentErasure>();
        services.AddScoped<Core.Compliance.ErasedMediaDeleter>();
        services.AddScoped<LaunchRecorder>();
        services.AddScoped<PlatformRegistry>();
        services.AddSingleton<PlatformRegistrationChanges>();
        services.AddScoped<CourseCopies>();
        services.AddScoped<RecordingImporter>();
        services.AddScoped<Core.Uploads.ResumableUploadStore>();
        services.AddScoped<Apis.UploadImport>();
        services.AddScoped<SourcePoller>();
        services.AddScoped<SourceScopes>();
        services.AddScoped<SourceWebhookReceiver>();
        services.AddScoped<CourseExternalIds>();
        services.AddScoped<CourseCaptionSettings>();
        services.AddScoped<Core.Risk.ActivityImporter>();
        services.AddScoped<Core.Risk.StudentSignalsLoader>();
        services.AddScoped<Core.Risk.RiskScorer>();
        services.AddScoped<Core.Risk.RiskInterventions>();
        services.AddScoped<Core.Attendance.TeamsAttendanceImporter>();
        services.AddScoped<Risk.RiskAlerts>();
        services.AddScoped<RecordingPipeline>();
        services.AddScoped<FailedRecordingRetry>();
        services.AddScoped<AutomaticImportChoices>();
        services.AddScoped<HeldRecordingImport>();
        services.AddScoped<IPipelineStage, IngestStage>();
        services.AddScoped<IPipelineStage, StoreStage>();
        services.AddScoped<IPipelineStage, ProbeStage>();
        services.AddScoped<IPipelineStage, TranscriptStage>();
        services.AddScoped<IPipelineStage, RenditionsStage>();
        services.AddScoped<IPipelineStage, RecapStage>();
        services.AddScoped<IPipelineStage, TranslationStage>();
        services.AddSingleton<RecapEvidenceChecker>();
        services.AddScoped<AiConsents>();
        services.AddScoped<CurriculumPlans>();
        services.AddScoped<RecapDrafts>();
        services.AddScoped<RecapReview>();
        services.AddScoped<RecapReader>();
        services.AddScoped<Core.Reviews.ReviewSelfChecks>();
        services.AddScoped<Core.Highlights.HighlightClipMaker>();
        services.AddScoped<SessionQualityChecker>();
        services.AddScoped<CurriculumCoverage>();
        services.AddScoped<QualityReview>();
        services.AddScoped<Core.Retention.RecordingDeletion>();
        services.AddScoped<Core.Retention.RecordingControls>();
        services.AddScoped<Core.Retention.RetentionPolicies>();
        services.AddScoped<Core.Retention.RetentionRun>();
        services.AddScoped<Core.Retention.IRetentionNotices, Retention.RetentionNotices>();
        services.AddScoped<Core.Playback.PlaybackRecorder>();
        services.AddScoped<Core.Playback.WatchProgress>();
        services.AddSingleton(sp => new PipelinePaths(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<IOptions<AddinOptions>>().Value.DataDirectory,
            sp.GetRequiredService<IOptions<PipelineOptions>>().Value.ScratchDirectory))));
    }

    private static void AddAddinMedia(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FfmpegOptions>>().Value);
        services.AddSingleton<IFfmpegEnvironment, FfmpegEnvironment>();
        services.AddSingleton<IMediaProber, FfmpegMediaProber>();
        services.AddSingleton<IMediaProcessor, FfmpegMediaProcessor>();
        services.AddSingleton<IMediaRenditions, FfmpegMediaRenditions>();
        services.AddSingleton<IHighlightCutter, FfmpegHighlightCutter>();
        services.AddSingleton<SpeechClipGenerator>();
    }

    private static void AddAddinPlugins(this IServiceCollection services)
    {
        services.AddSingleton<PluginCatalogHolder>();
        services.AddSingleton<IPluginCatalog>(sp => sp.GetRequiredService<PluginCatalogHolder>());
        services.AddSingleton<PlatformProviders>();
        services.AddSingleton<IPlatformProviders>(sp => sp.GetRequiredService<PlatformProviders>());
    }

    private static void AddAddinPages(this IServiceCollection services)
    {
        services.AddSingleton<ViewerSessionTokens>();
        services.AddScoped<ViewerResolver>();
        services.AddSingleton<MediaUrls>();
        services.AddMemoryCache();
        services.AddScoped<MediaAccess>();
        services.AddScoped<CoursePageQuery>();
        services.AddScoped<CourseRecordingCounts>();
        services.AddScoped<RecordingPageQuery>();
        services.AddScoped<PipelineHealthQuery>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<CoveragePageQuery>();
        services.AddSingleton<DeepLinkPickTokens>();
        services.AddSingleton<DeepLinkingResponseBuilder>();
        services.AddScoped<DeepLinkPickerQuery>();
        services.AddScoped<DeepLinkPickerGate>();
    }

    private static void AddAddinHealth(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<MediaStoreHealthCheck>("media-store")
            .AddCheck<JobEngineHealthCheck>("job-engine")
            .AddCheck<PluginHealthCheck>("plugins")
            .AddCheck<FfmpegHealthCheck>("ffmpeg");

    private static void AddDemoPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DemoPlatformUrls>();
        services.AddSingleton<DemoPlatformKey>();
        services.AddSingleton<DemoDeepLinkRequests>();
        services.AddSingleton<DemoPlacedLinks>();
        services.AddSingleton<DemoLaunchMessages>();
        services.AddSingleton<DemoServiceTokens>();
        services.AddSingleton<DemoGradebook>();
        services.AddScoped<DemoSeeder>();
        if (configuration.GetValue($"{AddinOptions.SectionName}:{nameof(AddinOptions.EnableDemo)}", new AddinOptions().EnableDemo))
        {
            services.AddHostedService<DemoRecordings>();
        }
    }
}
