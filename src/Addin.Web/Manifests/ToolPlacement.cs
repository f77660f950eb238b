namespace Addin.Web.Manifests;

/// <summary>A place in the LMS where Addin appears.</summary>
/// <param name="Canvas">Canvas's name of the placement, e.g. <c>course_navigation</c>.</param>
/// <param name="Text">What the LMS shows there.</param>
/// <param name="MessageType">The LTI message the placement launches: a resource link or a deep linking request.</param>
/// <param name="Standard">
/// The LTI Dynamic Registration name of the same place (<c>ContentArea</c>, <c>RichTextEditor</c>) for other LMSs;
/// null when the place is Canvas's own.
/// </param>
internal sealed record ToolPlacement(string Canvas, string Text, string MessageType, string? Standard);
