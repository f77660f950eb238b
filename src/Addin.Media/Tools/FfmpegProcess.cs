using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Tools;

/// <summary>
/// The one way this assembly starts ffmpeg, ffprobe and espeak-ng. FFMpegCore is not used to run them: it joins
/// arguments into one string and wraps paths in double quotes without escaping, so a path containing <c>"</c> is
/// split into other arguments.
/// </summary>
internal static partial class FfmpegProcess
{
    // ffprobe's JSON for a real recording is a few KB; the cap only stops a crafted file's metadata from filling memory.
    private const int MaxCapturedChars = 8 * 1024 * 1024;

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the process tree was killed.</exception>
    /// <exception cref="TimeoutException">The run exceeded its timeout; the process tree was killed.</exception>
    /// <exception cref="MediaProcessingException">The tool could not be started (<see cref="MediaErrorCode.ToolMissing"/>).</exception>
    public static async Task<ToolResult> RunAsync(ToolInvocation invocation, ILogger logger, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = CreateStartInfo(invocation) };
        long started = Stopwatch.GetTimestamp();
        LogStarting(logger, invocation.Tool.Name, invocation.Arguments);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new MediaProcessingException(
                MediaErrorCode.ToolMissing,
                $"{invocation.Tool.Name} could not be started from '{invocation.Tool.Path}' ({ex.Message}); {invocation.Tool.InstallHint}.",
                innerException: ex);
        }

        // Closed stdin means a tool that reads it (espeak-ng without text, ffmpeg's interactive keys) sees end-of-file
        // at once instead of waiting for input that never comes.
        process.StandardInput.Close();

        // Both pipes are drained at the same time: each has a small kernel buffer, and a child that fills the one
        // nobody is reading blocks forever.
        var stderr = new StderrTail();
        Task<(string Text, bool Truncated)> output = invocation.OnOutputLine is { } onLine
            ? StreamAsync(process.StandardOutput, onLine)
            : CaptureAsync(process.StandardOutput);
        Task errors = PumpLinesAsync(process.StandardError, stderr.Add);

        // One linked source carries both the caller's cancellation and the timeout, so a hung ffmpeg (a damaged
        // file can make it spin) is stopped by the same path as a cancelled job.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(invocation.Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process, logger, invocation.Tool.Name);
            await process.WaitForExitAsync(CancellationToken.None);
            await Task.WhenAll(output, errors);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{invocation.Tool.Name} did not finish within {invocation.Timeout} and was stopped.");
        }

        var (text, truncated) = await output;
        await errors;
        LogExited(logger, invocation.Tool.Name, process.ExitCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ToolResult(process.ExitCode, text, truncated, stderr.ToList());
    }

    private static ProcessStartInfo CreateStartInfo(ToolInvocation invocation)
    {
        var startInfo = new ProcessStartInfo(invocation.Tool.Path)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        // ArgumentList hands each entry to execve as one argv element: no shell and no quoting rules, so a file
        // name with spaces, quotes or a leading dash stays one argument.
        foreach (string argument in invocation.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    // The whole tree is killed so that nothing a tool started (wrapper scripts of static builds, snap launchers)
    // keeps burning CPU or holding the output file after the job was cancelled.
    private static void KillTree(Process process, ILogger logger, string tool)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            LogKilled(logger, tool, process.Id);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    private static async Task<(string Text, bool Truncated)> StreamAsync(StreamReader reader, Action<string> onLine)
    {
        await PumpLinesAsync(reader, onLine);
        return (string.Empty, false);
    }

    private static async Task PumpLinesAsync(StreamReader reader, Action<string> onLine)
    {
        ExceptionDispatchInfo? failure = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (failure is not null)
            {
                continue;
            }

            try
            {
                onLine(line);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A throwing callback must not stop the draining, or the child blocks on a full pipe; it is rethrown at the end.
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }

        failure?.Throw();
    }

    private static async Task<(string Text, bool Truncated)> CaptureAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        bool truncated = false;
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            // Past the cap we keep reading and drop the text, so the child is never blocked on a full pipe.
            if (text.Length + read <= MaxCapturedChars)
            {
                text.Append(buffer, 0, read);
            }
            else
            {
                truncated = true;
            }
        }

        return (text.ToString(), truncated);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting {Tool} {Arguments}")]
    private static partial void LogStarting(ILogger logger, string tool, IReadOnlyList<string> arguments);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Tool} exited with code {ExitCode} after {ElapsedMs:F0} ms")]
    private static partial void LogExited(ILogger logger, string tool, int exitCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Killed {Tool} (process {ProcessId}) and its children after cancellation or timeout")]
    private static partial void LogKilled(ILogger logger, string tool, int processId);
}
