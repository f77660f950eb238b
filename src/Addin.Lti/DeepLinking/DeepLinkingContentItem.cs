using System.Text.Json.Nodes;

namespace Addin.Lti.DeepLinking;

/// <summary>
/// One content item of a deep linking response (Deep Linking 2.0 §3). Each item type is a record deriving from this
/// one; <see cref="LtiResourceLinkItem"/> is the one this tool returns today (link, file, html and image would follow
/// the same pattern).
/// </summary>
public abstract record DeepLinkingContentItem
{
    private protected DeepLinkingContentItem()
    {
    }

    /// <summary>The item's <c>type</c>, compared with the platform's accept_types.</summary>
    public abstract string Type { get; }

    /// <summary>Whether the item asks the platform to create a gradebook column.</summary>
    internal virtual bool HasLineItem => false;

    /// <summary>Adds what is wrong with the item to <paramref name="problems"/>.</summary>
    internal abstract void Check(List<string> problems);

    /// <summary>The item as the content_items claim carries it.</summary>
    internal abstract JsonObject ToJson();
}
