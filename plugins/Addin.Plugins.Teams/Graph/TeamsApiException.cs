namespace Addin.Plugins.Teams.Graph;

/// <summary>A call to Microsoft Graph or the identity platform failed for good. The message names the call (never a token) and what to do.</summary>
public sealed class TeamsApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TeamsApiException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The last HTTP status, when the service answered.</summary>
    public int? StatusCode { get; }
}
