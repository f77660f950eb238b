using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Addin.Bench.Processing;

/// <summary>
/// Records every ffmpeg and ffprobe command Addin starts, from the debug message its process runner logs with the
/// tool and the argument list, so the direct run repeats exactly those commands. Warnings and errors go to stderr.
/// </summary>
internal sealed class ToolCommands : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Tool, IReadOnlyList<string> Arguments)> commands = new();

    public IReadOnlyList<(string Tool, IReadOnlyList<string> Arguments)> Commands => [.. commands];

    public ILogger CreateLogger(string categoryName) => new Capture(this);

    public void Dispose()
    {
    }

    private sealed class Capture(ToolCommands owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> fields &&
                fields.FirstOrDefault(f => f.Key == "Tool").Value is string tool &&
                fields.FirstOrDefault(f => f.Key == "Arguments").Value is IReadOnlyList<string> arguments)
            {
                owner.commands.Enqueue((tool, arguments));
            }
            else if (logLevel >= LogLevel.Warning)
            {
                Console.Error.WriteLine($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
