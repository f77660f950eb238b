using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Addin.Web.Pipeline;

/// <summary>
/// The job engine's log provider. Hangfire keeps one for the whole process, set by whichever host configured it last;
/// where a process runs several hosts one after another (the test suite), that host's logger factory may already be
/// disposed when another host's job asks for a logger, and the ObjectDisposedException would stall that job's worker.
/// Such a logger stays silent instead; a host's own factory is never disposed while it runs.
/// </summary>
internal sealed class ProcessSafeJobLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
