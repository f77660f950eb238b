using System.Diagnostics;

namespace Addin.Bench.Launches;

/// <summary>The processor time (user + system, all threads) another process has used so far.</summary>
internal sealed class ProcessorClock(int processId)
{
    public TimeSpan Read()
    {
        using var process = Process.GetProcessById(processId);
        return process.TotalProcessorTime;
    }
}
