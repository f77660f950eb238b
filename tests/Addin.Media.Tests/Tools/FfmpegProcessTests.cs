using System.Diagnostics;
using Addin.Media.Tests.Support;
using Addin.Media.Tools;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Tools;

public sealed class FfmpegProcessTests
{
    private static readonly ToolBinary Shell = new("sh", "/bin/sh", "");
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_ArgumentsWithSpacesQuotesAndDashes_ArriveAsSeparateArguments()
    {
        string[] arguments = ["a \"quoted\" name.mp4", "it's", "-i", "$HOME", "x; rm -rf /tmp/nothing"];

        var result = await RunAsync(new ToolInvocation(new ToolBinary("printf", "/usr/bin/printf", ""), ["%s\n", .. arguments], Generous));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(arguments, result.Output.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task RunAsync_ToolReadingStdin_SeesEndOfInputInsteadOfWaiting()
    {
        var result = await RunAsync(new ToolInvocation(new ToolBinary("cat", "/bin/cat", ""), [], Generous)).WaitAsync(Generous);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task RunAsync_LotsOfOutputOnBothPipes_CompletesAndKeepsStderrTail()
    {
        const string Script = "i=0; while [ $i -lt 20000 ]; do echo \"error line $i\" >&2; echo \"output line $i\"; i=$((i+1)); done; exit 3";

        var result = await RunAsync(new ToolInvocation(Shell, ["-c", Script], Generous)).WaitAsync(Generous);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(20, result.ErrorTail.Count);
        Assert.Equal("error line 19999", result.ErrorTail[^1]);
        Assert.EndsWith("output line 19999\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OutputLineCallback_ReceivesEachLine()
    {
        var lines = new List<string>();

        var result = await RunAsync(new ToolInvocation(Shell, ["-c", "echo one; echo two"], Generous) { OnOutputLine = lines.Add });

        Assert.Equal(["one", "two"], lines);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task RunAsync_MissingExecutable_ThrowsToolMissingWithInstallHint()
    {
        var tool = new ToolBinary("ffmpeg", "/nonexistent/ffmpeg", "install it with apt-get install ffmpeg");

        var ex = await Assert.ThrowsAsync<MediaProcessingException>(() => RunAsync(new ToolInvocation(tool, ["-version"], Generous)));

        Assert.Equal(MediaErrorCode.ToolMissing, ex.Code);
        Assert.False(ex.IsPermanent);
        Assert.StartsWith("ffmpeg could not be started from '/nonexistent/ffmpeg' (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("); install it with apt-get install ffmpeg.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Timeout_KillsProcessTreeAndThrowsTimeout()
    {
        const string Marker = "31.4159";
        var started = Stopwatch.GetTimestamp();

        var ex = await Assert.ThrowsAsync<TimeoutException>(
            () => RunAsync(new ToolInvocation(Shell, ["-c", $"sleep {Marker} & sleep {Marker}; wait"], TimeSpan.FromMilliseconds(300))).WaitAsync(Generous));

        Assert.Equal("sh did not finish within 00:00:00.3000000 and was stopped.", ex.Message);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
        Assert.Empty(RunningProcesses.WithArgument(Marker));
    }

    [Fact]
    public async Task RunAsync_Cancelled_KillsProcessTreeAndThrowsOperationCanceled()
    {
        const string Marker = "27.1828";
        using var cts = new CancellationTokenSource();
        var run = RunAsync(new ToolInvocation(Shell, ["-c", $"echo started; sleep {Marker} & sleep {Marker}; wait"], Generous) { OnOutputLine = _ => cts.Cancel() }, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Generous));

        Assert.Empty(RunningProcesses.WithArgument(Marker));
    }

    [Fact]
    public async Task RunAsync_AlreadyCancelled_DoesNotStart()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => RunAsync(new ToolInvocation(Shell, ["-c", "exit 0"], Generous), new CancellationToken(canceled: true)));
    }

    private static Task<ToolResult> RunAsync(ToolInvocation invocation, CancellationToken cancellationToken = default) =>
        FfmpegProcess.RunAsync(invocation, NullLogger.Instance, cancellationToken);
}
