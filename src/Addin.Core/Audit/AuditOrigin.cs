namespace Addin.Core.Audit;

/// <summary>How an audited action reached Addin.</summary>
public enum AuditChannel
{
    /// <summary>A web request: from a browser, an LMS or a source's webhook; the entry has its address and user agent.</summary>
    Web = 0,

    /// <summary>An administrator's <c>./addin</c> command on the server: no address to record.</summary>
    CommandLine = 1,

    /// <summary>A scheduled background job acting on its own: no address to record.</summary>
    Job = 2,
}

/// <summary>Where an audited action came from: a web request with its client's address and user agent, the command line, or a job.</summary>
public sealed record AuditOrigin
{
    /// <summary>The longest user agent kept; longer ones are cut (a header is the client's to fill).</summary>
    public const int MaxUserAgentLength = 512;

    private AuditOrigin(AuditChannel channel, string? remoteAddress, string? userAgent)
    {
        Channel = channel;
        RemoteAddress = remoteAddress;
        UserAgent = userAgent is { Length: > MaxUserAgentLength } ? userAgent[..MaxUserAgentLength] : userAgent;
    }

    /// <summary>The command line, on the server.</summary>
    public static AuditOrigin CommandLine { get; } = new(AuditChannel.CommandLine, null, null);

    /// <summary>A background job.</summary>
    public static AuditOrigin Job { get; } = new(AuditChannel.Job, null, null);

    public AuditChannel Channel { get; }

    public string? RemoteAddress { get; }

    public string? UserAgent { get; }

    /// <summary>A web request from <paramref name="remoteAddress"/>, sent by <paramref name="userAgent"/> (empty when it sent none).</summary>
    public static AuditOrigin Web(string? remoteAddress, string? userAgent) =>
        new(AuditChannel.Web, remoteAddress, string.IsNullOrWhiteSpace(userAgent) ? null : userAgent.Trim());
}
