namespace Addin.Web.Cli;

/// <summary>A one-line progress bar on standard error (so output stays clean when piped), redrawn in place.</summary>
internal sealed class ConsoleProgressBar(string label, int total, TextWriter? error = null) : IProgress<int>
{
    private const int Width = 30;
    private readonly TextWriter error = error ?? Console.Error;

    public void Report(int value)
    {
        int filled = total == 0 ? Width : (int)((long)Width * Math.Min(value, total) / total);
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {value}/{total}");
        if (value >= total)
        {
            error.WriteLine();
        }
    }
}
