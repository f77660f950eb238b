namespace Addin.Plugins.Zoom.Api;

/// <summary>A call to Zoom failed for good. The message names the call (never a token) and what to do.</summary>
public sealed class ZoomApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoomApiException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>Zoom's last HTTP status, when it answered.</summary>
    public int? StatusCode { get; }
}
