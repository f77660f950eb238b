using System.Text.Json.Nodes;

namespace Addin.Lti.DeepLinking;

/// <summary>
/// A gradebook column for a resource link (Deep Linking 2.0 §3.2, AGS 2.0): the platform may create it with the link.
/// </summary>
/// <param name="ScoreMaximum">The maximum score; must be positive.</param>
public sealed record DeepLinkingLineItem(decimal ScoreMaximum)
{
    /// <summary>The column's label; the platform uses the item's title when absent.</summary>
    public string? Label { get; init; }

    /// <summary>The tool's id of the graded resource, returned in later line item service calls.</summary>
    public string? ResourceId { get; init; }

    /// <summary>A tool-chosen tag, e.g. <c>review-questions</c>.</summary>
    public string? Tag { get; init; }

    /// <summary>Whether the platform should release grades to learners; not sent when null.</summary>
    public bool? GradesReleased { get; init; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["scoreMaximum"] = ScoreMaximum };
        JsonParts.AddIfPresent(json, "label", Label);
        JsonParts.AddIfPresent(json, "resourceId", ResourceId);
        JsonParts.AddIfPresent(json, "tag", Tag);
        if (GradesReleased is { } released)
        {
            json["gradesReleased"] = released;
        }

        return json;
    }
}

/// <summary>How to open the item in a new window or tab (Deep Linking 2.0 §3.1).</summary>
public sealed record DeepLinkingWindow
{
    /// <summary>A window name, so several links share one window.</summary>
    public string? TargetName { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Comma-separated <c>window.open()</c> features.</summary>
    public string? WindowFeatures { get; init; }

    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        JsonParts.AddIfPresent(json, "targetName", TargetName);
        JsonParts.AddIfPresent(json, "width", Width);
        JsonParts.AddIfPresent(json, "height", Height);
        JsonParts.AddIfPresent(json, "windowFeatures", WindowFeatures);
        return json;
    }
}

/// <summary>The preferred size of an iframe showing the item.</summary>
public sealed record DeepLinkingIframe(int? Width, int? Height)
{
    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        JsonParts.AddIfPresent(json, "width", Width);
        JsonParts.AddIfPresent(json, "height", Height);
        return json;
    }
}

/// <summary>An icon or thumbnail image for the item.</summary>
/// <param name="Url">Absolute URL of the image.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record DeepLinkingImage(Uri Url, int? Width = null, int? Height = null)
{
    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["url"] = Url.AbsoluteUri };
        JsonParts.AddIfPresent(json, "width", Width);
        JsonParts.AddIfPresent(json, "height", Height);
        return json;
    }
}

internal static class JsonParts
{
    public static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    public static void AddIfPresent(JsonObject target, string name, int? value)
    {
        if (value is { } number)
        {
            target[name] = number;
        }
    }
}
