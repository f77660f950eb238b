namespace Addin.Media.Tools;

/// <summary>One run of a tool: its arguments, each passed as one argv entry, and how long it may take.</summary>
internal sealed record ToolInvocation(ToolBinary Tool, IReadOnlyList<string> Arguments, TimeSpan Timeout)
{
    /// <summary>When set, stdout is handed over line by line (ffmpeg's <c>-progress</c>) instead of being captured.</summary>
    public Action<string>? OnOutputLine { get; init; }
}
