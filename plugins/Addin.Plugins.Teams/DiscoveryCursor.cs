using System.Text.Json;

namespace Addin.Plugins.Teams;

/// <summary>
/// Where polling goes on from, kept by the host as JSON: each organizer's link (a next link while a listing is under
/// way, the delta link once it ended), the organizers still to list this round, and when the last round ended (to poll
/// only every <see cref="TeamsSourceSettings.PollInterval"/>).
/// </summary>
internal sealed record DiscoveryCursor(IReadOnlyDictionary<string, string> Links, IReadOnlyList<string>? Pending, DateTimeOffset? ListedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DiscoveryCursor Empty { get; } = new(new Dictionary<string, string>(), null, null);

    public string Write() => JsonSerializer.Serialize(this, Json);

    /// <summary>The cursor, or null when <paramref name="text"/> is not one.</summary>
    public static DiscoveryCursor? Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<DiscoveryCursor>(text, Json) is { Links: not null } cursor ? cursor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
