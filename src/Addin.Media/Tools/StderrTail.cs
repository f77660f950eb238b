namespace Addin.Media.Tools;

/// <summary>Keeps the last lines of a tool's stderr: ffmpeg states the reason for a failure at the end, and all of it can be megabytes.</summary>
internal sealed class StderrTail
{
    private const int MaxLines = 20;
    private const int MaxLineLength = 500;
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (_lines.Count == MaxLines)
        {
            _lines.Dequeue();
        }

        _lines.Enqueue(line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line);
    }

    public IReadOnlyList<string> ToList() => [.. _lines];
}
