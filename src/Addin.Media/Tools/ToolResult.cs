namespace Addin.Media.Tools;

/// <summary>How a tool run ended.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Captured stdout (empty when it was streamed line by line).</param>
/// <param name="OutputTruncated">True when stdout exceeded the capture limit and was cut.</param>
/// <param name="ErrorTail">The last lines of stderr.</param>
internal sealed record ToolResult(int ExitCode, string Output, bool OutputTruncated, IReadOnlyList<string> ErrorTail)
{
    public string ErrorText => string.Join('\n', ErrorTail);
}
