using System.Text.Json.Nodes;
using Addin.Sdk.Notifications;

namespace Addin.Plugins.TeamsWebhook;

/// <summary>
/// The message Teams webhooks accept: a <c>message</c> with one Adaptive Card attachment. The texts are JSON strings
/// in plain TextBlocks, so nothing in them is taken as markup beyond the card's own Markdown subset.
/// </summary>
internal static class AdaptiveCardMessage
{
    public static JsonObject Create(Notification notification)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = notification.Subject, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = notification.Text, ["wrap"] = true },
        };
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        if (notification.Link is { } link)
        {
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open in Addin", ["url"] = link.AbsoluteUri } };
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["contentUrl"] = null, ["content"] = card },
            },
        };
    }
}
