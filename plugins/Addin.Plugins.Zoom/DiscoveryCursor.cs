using System.Text.Json;

namespace Addin.Plugins.Zoom;

/// <summary>
/// Where polling goes on from: the first day of the window still to list, the page token inside it, and when the last
/// full listing ended (to poll only every <see cref="ZoomSourceSettings.PollInterval"/>). Kept by the host as JSON.
/// </summary>
internal sealed record DiscoveryCursor(DateOnly From, DateOnly? To, string? PageToken, DateTimeOffset? ListedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Write() => JsonSerializer.Serialize(this, Json);

    public static DiscoveryCursor? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DiscoveryCursor>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
