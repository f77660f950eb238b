namespace Addin.Plugins.TeamsWebhook;

/// <summary>A post to the webhook failed for good. The message never holds the webhook URL, which is a credential.</summary>
public sealed class TeamsWebhookException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TeamsWebhookException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The webhook's last HTTP status, when it answered.</summary>
    public int? StatusCode { get; }
}
