using System.Text.Json;
using System.Text.Json.Serialization;

namespace Addin.Plugins.Teams.Webhooks;

/// <summary>A batch of Graph change or lifecycle notifications: <c>{"value": [...]}</c>.</summary>
internal sealed record GraphNotificationBatch(IReadOnlyList<GraphNotification>? Value)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static GraphNotificationBatch? Parse(ReadOnlySpan<byte> body) => JsonSerializer.Deserialize<GraphNotificationBatch>(body, Json);
}

/// <summary>One notification: a change (<see cref="ChangeType"/>, <see cref="Resource"/>) or a lifecycle event.</summary>
internal sealed record GraphNotification(
    string? SubscriptionId,
    string? ClientState,
    string? ChangeType,
    string? Resource,
    string? LifecycleEvent,
    [property: JsonPropertyName("resourceData")] GraphResourceData? ResourceData);

/// <summary>The resource a change notification is about.</summary>
internal sealed record GraphResourceData([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("@odata.type")] string? ODataType);
