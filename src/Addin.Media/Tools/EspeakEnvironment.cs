using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Addin.Media.Tools;

/// <summary>Checks that espeak-ng, which <see cref="Speech.SpeechClipGenerator"/> needs, is present.</summary>
public sealed partial class EspeakEnvironment
{
    /// <summary>Where Debian's espeak-ng package installs the program.</summary>
    public const string DefaultExecutable = "/usr/bin/espeak-ng";

    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(30);
    private readonly ILogger<EspeakEnvironment> _logger;

    /// <summary>Creates the checker.</summary>
    public EspeakEnvironment(ILogger<EspeakEnvironment> logger)
    {
        _logger = logger;
    }

    /// <summary>Runs <c>espeak-ng --version</c>.</summary>
    public async Task<EspeakStatus> CheckAsync(string executable, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        var problems = new List<string>();
        string? output = await ToolVersionProbe.RunAsync(ToolBinary.Espeak(executable), "--version", VersionTimeout, _logger, problems, cancellationToken);
        string? version = output is null ? null : ReadVersion(output);
        if (version is not null)
        {
            LogReady(_logger, version, executable);
        }

        return new EspeakStatus(version, problems);
    }

    private static string ReadVersion(string output)
    {
        var number = VersionNumber().Match(output);
        return number.Success ? number.Value : ToolVersionProbe.FirstLine(output);
    }

    [GeneratedRegex(@"(?<=text-to-speech: )\S+")]
    private static partial Regex VersionNumber();

    [LoggerMessage(Level = LogLevel.Information, Message = "espeak-ng {Version} found at {Executable}")]
    private static partial void LogReady(ILogger logger, string version, string executable);
}
