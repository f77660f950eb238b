using System.Text.Json.Nodes;

namespace Addin.Web.Configuration;

/// <summary>
/// The providers a platform uses for each kind when it has not chosen its own. Configuration section
/// <c>Addin:Providers</c>; each kind lists provider ids in order, with optional settings per provider id.
/// </summary>
public sealed class ProviderDefaultsOptions
{
    public const string SectionName = "Addin:Providers";

    /// <summary>The summariser used unless configuration names another: local, extractive, needing no model.</summary>
    public const string DefaultSummariser = "local-summariser";

    /// <summary>The risk model used unless configuration names another: the rule-based traffic light.</summary>
    public const string DefaultRiskModel = "rule-risk";

    public List<string> RecordingSource { get; set; } = [];

    public List<string> TranscriptionEngine { get; set; } = [];

    public List<string> MediaStore { get; set; } = [];

    public List<string> Summariser { get; set; } = [];

    public List<string> RiskModel { get; set; } = [];

    /// <summary>The translator for captions in further languages; none unless configuration names one (it costs money and sends text away).</summary>
    public List<string> Translator { get; set; } = [];

    /// <summary>
    /// Settings by provider id, as JSON objects read from configuration (<see cref="ConfigurationSettings"/>). They are the
    /// settings of platforms that chose no provider, and the source of secret settings for every platform.
    /// </summary>
    public Dictionary<string, JsonObject> Settings { get; set; } = [];

    /// <summary>
    /// Fills the kinds configuration left empty with the built-in plugins. (Defaults cannot sit in the initialisers:
    /// configuration binding appends to a list instead of replacing it.)
    /// </summary>
    public void ApplyDefaults()
    {
        if (RecordingSource.Count == 0)
        {
            RecordingSource.Add("folder");
        }

        if (TranscriptionEngine.Count == 0)
        {
            TranscriptionEngine.Add("source-transcript");
        }

        if (MediaStore.Count == 0)
        {
            MediaStore.Add("local-disk");
        }

        if (Summariser.Count == 0)
        {
            Summariser.Add(DefaultSummariser);
        }

        if (RiskModel.Count == 0)
        {
            RiskModel.Add(DefaultRiskModel);
        }
    }
}
