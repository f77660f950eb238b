namespace Addin.Lti.DeepLinking;

/// <summary>Why a deep linking response could not be built. Stable: log and show the name, never the number.</summary>
public enum DeepLinkingErrorCode
{
    /// <summary>The launch was not a deep linking request, so there is nothing to answer.</summary>
    NotADeepLinkingRequest,

    /// <summary>An item's type is not in the platform's accept_types.</summary>
    TypeNotAccepted,

    /// <summary>Several items, but the platform accepts one (accept_multiple false or not sent).</summary>
    MultipleNotAccepted,

    /// <summary>A resource link carries a line item, but the platform said it ignores them (accept_lineitem false).</summary>
    LineItemNotAccepted,

    /// <summary>An item is incomplete or has a value the specification does not allow.</summary>
    InvalidItem,
}
