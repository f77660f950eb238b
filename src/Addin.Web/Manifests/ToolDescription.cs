using Addin.Lti.Claims;

namespace Addin.Web.Manifests;

/// <summary>How Addin describes itself to an LMS.</summary>
internal static class ToolDescription
{
    public const string Title = "Addin";

    public const string Description = "Session recordings inside the course: captions, a transcript you can search and click, and recaps your instructor approves.";

    /// <summary>The LTI Advantage service scopes Addin asks for: roster (NRPS) and grades (AGS) for review questions.</summary>
    public static readonly IReadOnlyList<string> Scopes =
    [
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    ];

    /// <summary>The identity claims Addin asks an LMS to send with launches (Canvas: privacy level "public").</summary>
    public static readonly IReadOnlyList<string> Claims = ["iss", "sub", "name", "given_name", "family_name", "email"];

    /// <summary>
    /// Where Addin appears: course navigation opens the course's recordings; content selection (deep linking) places a
    /// recording in modules and pages, assignments and the rich content editor.
    /// </summary>
    public static readonly IReadOnlyList<ToolPlacement> Placements =
    [
        new("course_navigation", "Recordings", LtiMessageTypes.ResourceLinkRequest, Standard: null),
        new("link_selection", "Addin recording", LtiMessageTypes.DeepLinkingRequest, Standard: "ContentArea"),
        new("assignment_selection", "Addin recording", LtiMessageTypes.DeepLinkingRequest, Standard: null),
        new("editor_button", "Addin recording", LtiMessageTypes.DeepLinkingRequest, Standard: "RichTextEditor"),
    ];

    /// <summary>Custom parameters with the LMS's substitution variables: the copy history of the course and the link (course copy).</summary>
    public static readonly IReadOnlyDictionary<string, string> CustomParameters = new Dictionary<string, string>
    {
        ["context_id_history"] = "$Context.id.history",
        ["resource_link_id_history"] = "$ResourceLink.id.history",
    };
}
