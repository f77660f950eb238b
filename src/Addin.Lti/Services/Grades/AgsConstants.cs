using Addin.Lti.Claims;

namespace Addin.Lti.Services.Grades;

/// <summary>The Assignment and Grade Services 2.0 scopes (the values of <see cref="LtiScopes"/>).</summary>
public static class AgsScopes
{
    /// <summary>Create, read, update and delete the tool's line items.</summary>
    public const string LineItem = LtiScopes.AgsLineItem;

    /// <summary>Read line items.</summary>
    public const string LineItemReadOnly = LtiScopes.AgsLineItemReadOnly;

    /// <summary>Read results.</summary>
    public const string ResultReadOnly = LtiScopes.AgsResultReadOnly;

    /// <summary>Post scores.</summary>
    public const string Score = LtiScopes.AgsScore;

    /// <summary>
    /// The scope to read line items with, given the scopes the platform granted (the AGS claim's <c>scope</c>):
    /// <see cref="LineItemReadOnly"/> when granted, else <see cref="LineItem"/> when granted (it includes reading),
    /// else <see cref="LineItemReadOnly"/>.
    /// </summary>
    public static IReadOnlyCollection<string> ForReadingLineItems(IEnumerable<string> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var set = granted.ToHashSet(StringComparer.Ordinal);
        return [!set.Contains(LineItemReadOnly) && set.Contains(LineItem) ? LineItem : LineItemReadOnly];
    }
}

/// <summary>The Assignment and Grade Services 2.0 media types.</summary>
public static class AgsMediaTypes
{
    public const string LineItem = "application/vnd.ims.lis.v2.lineitem+json";

    public const string LineItemContainer = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    public const string Score = "application/vnd.ims.lis.v1.score+json";

    public const string ResultContainer = "application/vnd.ims.lis.v2.resultcontainer+json";
}
