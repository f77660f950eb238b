using System.Text.Json.Serialization;

namespace Addin.Plugins.Smtp;

/// <summary>The <c>smtp</c> notifier's settings. The password comes from configuration, never from plugin.json.</summary>
public sealed class SmtpSettings
{
    /// <summary>The SMTP server's host name.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP server's port (587 for STARTTLS, 465 for TLS on connect, 25 without TLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured.</summary>
    public SmtpTlsMode Tls { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>The sender's address.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Addin";

    /// <summary>The user name to log in with; empty for servers that relay without login.</summary>
    public string? Username { get; set; }

    /// <summary>The password to log in with.</summary>
    public string? Password { get; set; }

    /// <summary>Attempts of a message the server refuses for now (4xx) or that cannot be delivered for a network error.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second attempt; each next wait doubles.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one connection may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>How the SMTP connection is secured.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SmtpTlsMode>))]
public enum SmtpTlsMode
{
    /// <summary>Plain text; only for a relay on the same machine or network.</summary>
    None,

    /// <summary>Upgrades the connection with STARTTLS, and refuses a server that does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}
