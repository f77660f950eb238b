namespace Addin.Lti.Claims;

/// <summary>The context claim: the course or group the launch comes from.</summary>
/// <param name="Id">Stable id of the context, unique within the deployment.</param>
/// <param name="Label">Short name, e.g. a course code.</param>
/// <param name="Title">Full name.</param>
/// <param name="Types">Context type URIs, e.g. <c>…/course#CourseOffering</c>.</param>
public sealed record LtiContext(string Id, string? Label, string? Title, IReadOnlyList<string> Types);
