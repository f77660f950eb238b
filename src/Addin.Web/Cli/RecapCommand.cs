using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Addin.Core.Recaps;
using Addin.PluginHost;
using Addin.Sdk;
using Addin.Sdk.Plugins;
using Addin.Sdk.Summaries;
using Addin.Web.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin recap &lt;transcript.vtt|.json&gt; [--curriculum plan.csv] [--summariser ID]</c>: drafts a recap with a
/// summariser plugin, checks its evidence against the transcript, and prints what would be shown as JSON. Dropped claims
/// and transcript problems are logged to standard error.
/// </summary>
internal static class RecapCommand
{
    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // For people reading a terminal: quotes and apostrophes as they are. The JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(string transcriptPath, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        // Warnings go to standard error, so standard output stays the recap's JSON.
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddSimpleConsole(o => o.SingleLine = true));
        var log = loggers.CreateLogger("Addin.Recap");
        try
        {
            var (transcript, warnings) = await ReadAsync(transcriptPath, "transcript", RecapTranscriptFile.ReadAsync, cancellationToken);
            foreach (string warning in warnings)
            {
                log.LogWarning("{File}: {Problem}", transcriptPath, warning);
            }

            var curriculum = configuration["curriculum"] is { } planPath
                ? await ReadAsync(planPath, "curriculum plan", async (p, c) => CurriculumPlanCsv.Read(new StringReader(await File.ReadAllTextAsync(p, c))), cancellationToken)
                : [];
            string summariserId = configuration["summariser"]
                ?? configuration[$"{ProviderDefaultsOptions.SectionName}:{nameof(ProviderDefaultsOptions.Summariser)}:0"]
                ?? ProviderDefaultsOptions.DefaultSummariser;
            var summariser = await CreateSummariserAsync(summariserId, configuration, loggers, cancellationToken);
            var duration = transcript.Segments.Max(s => s.End);
            Recap recap;
            try
            {
                recap = await summariser.SummariseAsync(
                    new SummaryRequest
                    {
                        Transcript = transcript,
                        Duration = duration,
                        CourseTitle = "",
                        SessionTitle = Path.GetFileNameWithoutExtension(transcriptPath),
                        Curriculum = curriculum,
                    },
                    new Progress<double>(),
                    cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Summarisers are plugin code and may throw anything; the message is what a person can act on.
                throw new RecapInputException($"no recap from summariser '{summariserId}': {ex.Message}");
            }

            var checkedRecap = new RecapEvidenceChecker(loggers.CreateLogger<RecapEvidenceChecker>()).Check(recap, transcript, duration);
            await output.WriteLineAsync(JsonSerializer.Serialize(checkedRecap.Recap, Output));
            return 0;
        }
        catch (RecapInputException ex)
        {
            await output.WriteLineAsync($"addin recap: {ex.Message}");
            return 1;
        }
    }

    private static async Task<T> ReadAsync<T>(string path, string what, Func<string, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RecapInputException($"the {what} {Path.GetFullPath(path)} does not exist.");
        }

        try
        {
            return await read(path, cancellationToken);
        }
        catch (FormatException ex)
        {
            throw new RecapInputException($"{path}: {ex.Message}");
        }
    }

    private static async Task<ISummariser> CreateSummariserAsync(string id, IConfiguration configuration, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        string directory = configuration[$"{PluginOptions.SectionName}:{nameof(PluginOptions.Directory)}"] ?? new PluginOptions().Directory;
        var catalog = await PluginCatalog.LoadAsync(directory, NullLogger.Instance, cancellationToken);
        var provider = catalog.Find(ProviderKind.Summariser, id) ?? throw new RecapInputException(
            $"no loaded plugin provides the summariser '{id}' (plugins in {Path.GetFullPath(directory)}). Summarisers: " +
            $"{string.Join(", ", catalog.Providers.Where(p => p.Kind == ProviderKind.Summariser).Select(p => p.Id).DefaultIfEmpty("none"))}. See './addin plugins list'.");

        var configured = ConfigurationSettings.Read(configuration.GetSection($"{ProviderDefaultsOptions.SectionName}:{nameof(ProviderDefaultsOptions.Settings)}"));
        string settingsJson = configured.TryGetValue(id, out var settings) ? ConfigurationSettings.Typed(settings, provider.SettingsSchemaJson).ToJsonString() : "{}";
        using var document = JsonDocument.Parse(settingsJson);
        var problems = ProviderSettingsValidator.Validate(provider, document.RootElement, $"configuration {ProviderDefaultsOptions.SectionName}:Settings:{id}");
        if (problems.Count > 0)
        {
            throw new RecapInputException($"the settings of summariser '{id}' are invalid: {string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message} ({p.Fix})"))}");
        }

        string data = Path.GetFullPath(configuration[$"{AddinOptions.SectionName}:{nameof(AddinOptions.DataDirectory)}"] ?? new AddinOptions().DataDirectory);
        var context = new ProviderContext
        {
            ProviderId = id,
            PlatformKey = "cli",
            Settings = ProviderSettingsValidator.WithDefaults(provider, document.RootElement),
            LoggerFactory = loggers,
            CreateHttpClient = () => new HttpClient(),
            Time = TimeProvider.System,
            DataDirectory = Path.Combine(data, "providers", "cli", id),
            HostDataDirectory = data,
        };
        try
        {
            return ProviderActivator.Create<ISummariser>(provider, context);
        }
        catch (ProviderActivationException ex)
        {
            throw new RecapInputException(ex.Message);
        }
    }

    private sealed class RecapInputException(string message) : Exception(message);
}
