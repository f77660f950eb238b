using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Tests.Support;

/// <summary>Keeps every formatted log message, so tests can check what is (not) logged.</summary>
internal sealed class LogSink
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger<T> For<T>() => new CapturingLogger<T>(this);

    public string All => string.Join("\n", Messages);

    private sealed class CapturingLogger<T>(LogSink sink) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Messages.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
