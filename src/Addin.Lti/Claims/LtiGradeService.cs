namespace Addin.Lti.Claims;

/// <summary>The Assignment and Grade Services endpoint claim (AGS 2.0 §3.1): where line items and scores go.</summary>
/// <param name="Scopes">The AGS scopes the tool may request for this context; empty when the platform sent none.</param>
/// <param name="LineItems">The line items container of the context, when the platform offers it.</param>
/// <param name="LineItem">The line item of the launched resource link, when there is exactly one.</param>
public sealed record LtiGradeService(IReadOnlyList<string> Scopes, Uri? LineItems, Uri? LineItem)
{
    /// <summary>True when the platform granted this scope for the context.</summary>
    public bool Allows(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
