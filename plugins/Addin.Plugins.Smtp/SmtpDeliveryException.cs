namespace Addin.Plugins.Smtp;

/// <summary>An email could not be delivered to the SMTP server; the message says why and what to check.</summary>
public sealed class SmtpDeliveryException : Exception
{
    public SmtpDeliveryException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
