namespace Addin.PluginHost;

/// <summary>One problem with a plugin or with a provider's settings: where it is, what is wrong, and how to fix it.</summary>
/// <param name="File">The file the problem is in (a <c>plugin.json</c> path or folder), or where settings came from.</param>
/// <param name="Field">A JSON pointer (RFC 6901) to the field, for example <c>/providers/0/kind</c>; empty for the whole file.</param>
/// <param name="Message">What is wrong, without a final full stop.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record PluginProblem(string File, string Field, string Message, string Fix)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File} {(Field.Length == 0 ? "(whole file)" : Field)}: {Message}. Fix: {Fix}";
}
