namespace Addin.Lti.Platform;

/// <summary>One thing wrong with a tool's authentication request.</summary>
/// <param name="Parameter">The request parameter at fault.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record AuthorizationRequestProblem(string Parameter, string Message);
