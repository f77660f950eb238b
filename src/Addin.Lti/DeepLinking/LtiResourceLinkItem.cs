using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Claims;

namespace Addin.Lti.DeepLinking;

/// <summary>
/// An <c>ltiResourceLink</c> content item (Deep Linking 2.0 §3.2): a link the platform creates that launches this tool
/// with <see cref="Url"/> as target_link_uri and <see cref="Custom"/> as custom parameters.
/// </summary>
public sealed record LtiResourceLinkItem : DeepLinkingContentItem
{
    /// <summary>The value of <c>type</c> for this item.</summary>
    public const string TypeName = "ltiResourceLink";

    /// <inheritdoc />
    public override string Type => TypeName;

    /// <summary>Plain-text title the platform shows for the link.</summary>
    public required string Title { get; init; }

    /// <summary>Plain-text description shown with the link.</summary>
    public string? Text { get; init; }

    /// <summary>The launch URL (target_link_uri); when null the platform launches the tool's default URL.</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// Custom parameters the platform must send with every launch of the link. Values are strings (empty allowed) and
    /// may be substitution variables such as <c>$Context.id.history</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Custom { get; init; } = new Dictionary<string, string>();

    /// <summary>A gradebook column to create with the link, when the platform accepts line items.</summary>
    public DeepLinkingLineItem? LineItem { get; init; }

    public DeepLinkingWindow? Window { get; init; }

    public DeepLinkingIframe? Iframe { get; init; }

    public DeepLinkingImage? Icon { get; init; }

    public DeepLinkingImage? Thumbnail { get; init; }

    internal override bool HasLineItem => LineItem is not null;

    internal override void Check(List<string> problems)
    {
        var name = string.IsNullOrWhiteSpace(Title) ? "An ltiResourceLink item" : $"The ltiResourceLink item '{Title}'";
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add($"{name} has no title; the platform needs one to show the link.");
        }

        if (Url is not null && !IsHttp(Url))
        {
            problems.Add($"{name} has url '{Url}', which is not an absolute http(s) URL.");
        }

        foreach (var (key, value) in Custom)
        {
            if (string.IsNullOrEmpty(key) || value is null)
            {
                problems.Add($"{name} has a custom parameter with an empty name or a null value; values must be strings.");
                break;
            }
        }

        if (LineItem is { } lineItem && lineItem.ScoreMaximum <= 0)
        {
            problems.Add($"{name} has a line item with scoreMaximum {lineItem.ScoreMaximum}; it must be positive.");
        }

        foreach (var (part, image) in new[] { ("icon", Icon), ("thumbnail", Thumbnail) })
        {
            if (image is not null && (image.Url is null || !IsHttp(image.Url)))
            {
                problems.Add($"{name} has a {part} whose url is not an absolute http(s) URL.");
            }
        }

        if (Window is { Width: <= 0 } or { Height: <= 0 } || Iframe is { Width: <= 0 } or { Height: <= 0 })
        {
            problems.Add($"{name} has a window or iframe size that is not positive.");
        }
    }

    internal override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = TypeName, ["title"] = Title };
        JsonParts.AddIfPresent(json, "text", Text);
        if (Url is not null)
        {
            json["url"] = Url.AbsoluteUri;
        }

        if (Icon is not null)
        {
            json["icon"] = Icon.ToJson();
        }

        if (Thumbnail is not null)
        {
            json["thumbnail"] = Thumbnail.ToJson();
        }

        if (Window is not null)
        {
            json["window"] = Window.ToJson();
        }

        if (Iframe is not null)
        {
            json["iframe"] = Iframe.ToJson();
        }

        if (Custom.Count > 0)
        {
            var custom = new JsonObject();
            foreach (var (key, value) in Custom)
            {
                custom[key] = value;
            }

            json["custom"] = custom;
        }

        if (LineItem is not null)
        {
            json["lineItem"] = LineItem.ToJson();
        }

        return json;
    }

    /// <summary>
    /// Reads an item a tool returned, as a platform does. Throws <see cref="LtiValidationException"/> with
    /// <see cref="LtiErrorCode.InvalidClaim"/> when it breaks the specification.
    /// </summary>
    internal static LtiResourceLinkItem FromJson(JsonElement item, int index)
    {
        var where = $"{LtiClaimNames.DeepLinkingContentItems}[{index}]";
        var claims = new ClaimSet(item, where + ".");
        var custom = claims.Object("custom");
        if (custom is not null && item.GetProperty("custom").EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
        {
            throw Invalid($"{where}.custom has a value that is not a string; custom parameter values must be strings.");
        }

        return new LtiResourceLinkItem
        {
            Title = claims.StringOrNull("title") ?? string.Empty,
            Text = claims.StringOrNull("text"),
            Url = claims.HttpUrl("url"),
            Custom = custom?.AsStringDictionary() ?? new Dictionary<string, string>(),
            LineItem = ReadLineItem(claims.Object("lineItem"), where),
            Window = ReadWindow(claims.Object("window")),
            Iframe = claims.Object("iframe") is { } iframe ? new DeepLinkingIframe(iframe.IntOrNull("width"), iframe.IntOrNull("height")) : null,
            Icon = ReadImage(claims.Object("icon")),
            Thumbnail = ReadImage(claims.Object("thumbnail")),
        };
    }

    private static DeepLinkingLineItem? ReadLineItem(ClaimSet? lineItem, string where)
    {
        if (lineItem is null)
        {
            return null;
        }

        if (lineItem.Raw("scoreMaximum") is not { ValueKind: JsonValueKind.Number } score
            || !score.TryGetDecimal(out var maximum) || maximum <= 0)
        {
            throw Invalid($"{where}.lineItem.scoreMaximum must be a positive number.");
        }

        return new DeepLinkingLineItem(maximum)
        {
            Label = lineItem.StringOrNull("label"),
            ResourceId = lineItem.StringOrNull("resourceId"),
            Tag = lineItem.StringOrNull("tag"),
            GradesReleased = lineItem.Bool("gradesReleased"),
        };
    }

    private static DeepLinkingWindow? ReadWindow(ClaimSet? window) =>
        window is null
            ? null
            : new DeepLinkingWindow
            {
                TargetName = window.StringOrNull("targetName"),
                Width = window.IntOrNull("width"),
                Height = window.IntOrNull("height"),
                WindowFeatures = window.StringOrNull("windowFeatures"),
            };

    private static DeepLinkingImage? ReadImage(ClaimSet? image) =>
        image?.HttpUrl("url") is { } url ? new DeepLinkingImage(url, image.IntOrNull("width"), image.IntOrNull("height")) : null;

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static LtiValidationException Invalid(string message) => new(LtiErrorCode.InvalidClaim, message);
}
