using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Addin.Lti.Services.Grades;

/// <summary>
/// A line item: a column in the platform's gradebook. Members the platform sends that this record does not name (e.g.
/// Canvas's <c>https://canvas.instructure.com/lti/submission_type</c>) are kept in <see cref="Extensions"/> and sent
/// back on update.
/// </summary>
public sealed record LineItem
{
    /// <summary>The line item's URL; set by the platform, null before creation.</summary>
    [JsonPropertyName("id")]
    public Uri? Id { get; init; }

    /// <summary>The maximum score; must be positive.</summary>
    [JsonPropertyName("scoreMaximum")]
    public decimal ScoreMaximum { get; init; }

    /// <summary>The column's title in the gradebook.</summary>
    [JsonPropertyName("label")]
    public string Label { get; init; } = string.Empty;

    /// <summary>The tool's own id for what is graded, e.g. a review-question set.</summary>
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; init; }

    /// <summary>The resource link the line item is bound to.</summary>
    [JsonPropertyName("resourceLinkId")]
    public string? ResourceLinkId { get; init; }

    /// <summary>The tool's qualifier, e.g. <c>grade</c> or <c>originality</c>.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    [JsonPropertyName("startDateTime")]
    public DateTimeOffset? StartDateTime { get; init; }

    [JsonPropertyName("endDateTime")]
    public DateTimeOffset? EndDateTime { get; init; }

    /// <summary>Whether the platform shows the grades to students (AGS 2.0 errata), when set.</summary>
    [JsonPropertyName("gradesReleased")]
    public bool? GradesReleased { get; init; }

    /// <summary>Members not modelled here, kept as sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }
}

/// <summary>The learner's progress with the activity (AGS 2.0 <c>activityProgress</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityProgress>))]
public enum ActivityProgress
{
    Initialized,
    Started,
    InProgress,
    Submitted,
    Completed,
}

/// <summary>Where grading stands (AGS 2.0 <c>gradingProgress</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GradingProgress>))]
public enum GradingProgress
{
    /// <summary>Final: the platform records the score as the grade.</summary>
    FullyGraded,
    Pending,
    PendingManual,
    Failed,
    NotReady,
}

/// <summary>
/// A score the tool publishes for one user on a line item. <see cref="Timestamp"/> is when the tool produced the score;
/// platforms ignore a score older than the last one they received for the user.
/// </summary>
public sealed record Score
{
    /// <summary>The user, as the <c>sub</c> of their launches (or <c>user_id</c> in NRPS).</summary>
    [JsonPropertyName("userId")]
    public required string UserId { get; init; }

    /// <summary>The score; when set, <see cref="ScoreMaximum"/> must be set too.</summary>
    [JsonPropertyName("scoreGiven")]
    public decimal? ScoreGiven { get; init; }

    [JsonPropertyName("scoreMaximum")]
    public decimal? ScoreMaximum { get; init; }

    /// <summary>A comment for the learner, in plain text.</summary>
    [JsonPropertyName("comment")]
    public string? Comment { get; init; }

    /// <summary>Sent as ISO 8601 with milliseconds and the caller's offset, e.g. <c>2017-04-16T18:54:36.736+00:00</c>.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(ScoreTimestampConverter))]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("activityProgress")]
    public required ActivityProgress ActivityProgress { get; init; }

    [JsonPropertyName("gradingProgress")]
    public required GradingProgress GradingProgress { get; init; }

    /// <summary>Further members (platform extensions), sent as given.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(UserId))
        {
            throw new ArgumentException("Score.UserId is required.", nameof(UserId));
        }

        if (ScoreGiven is < 0)
        {
            throw new ArgumentException("Score.ScoreGiven must not be negative.", nameof(ScoreGiven));
        }

        if (ScoreGiven is not null && ScoreMaximum is null)
        {
            throw new ArgumentException("Score.ScoreMaximum is required when ScoreGiven is set.", nameof(ScoreMaximum));
        }

        if (ScoreMaximum is <= 0)
        {
            throw new ArgumentException("Score.ScoreMaximum must be positive.", nameof(ScoreMaximum));
        }
    }
}

/// <summary>A user's current result on a line item, as the platform holds it.</summary>
public sealed record Result
{
    /// <summary>The result's URL.</summary>
    [JsonPropertyName("id")]
    public Uri? Id { get; init; }

    /// <summary>The line item the result belongs to.</summary>
    [JsonPropertyName("scoreOf")]
    public Uri? ScoreOf { get; init; }

    [JsonPropertyName("userId")]
    public string UserId { get; init; } = string.Empty;

    [JsonPropertyName("resultScore")]
    public decimal? ResultScore { get; init; }

    [JsonPropertyName("resultMaximum")]
    public decimal? ResultMaximum { get; init; }

    [JsonPropertyName("comment")]
    public string? Comment { get; init; }

    /// <summary>Members not modelled here, kept as sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; init; }
}

/// <summary>Filters for listing line items (AGS 2.0 query parameters); null leaves a filter out.</summary>
/// <param name="ResourceLinkId">Only line items bound to this resource link (<c>resource_link_id</c>).</param>
/// <param name="ResourceId">Only line items with this tool resource id (<c>resource_id</c>).</param>
/// <param name="Tag">Only line items with this tag (<c>tag</c>).</param>
/// <param name="Limit">The page size the tool asks for (<c>limit</c>).</param>
public sealed record LineItemQuery(string? ResourceLinkId = null, string? ResourceId = null, string? Tag = null, int? Limit = null)
{
    /// <summary>Every line item of the tool in the context.</summary>
    public static LineItemQuery All { get; } = new();
}

/// <summary>Writes a score timestamp the way AGS asks: ISO 8601 with sub-second precision and an offset.</summary>
internal sealed class ScoreTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : throw new JsonException("A score timestamp must be an ISO 8601 string.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

/// <summary>The serializer settings of the AGS wire format.</summary>
internal static class AgsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
