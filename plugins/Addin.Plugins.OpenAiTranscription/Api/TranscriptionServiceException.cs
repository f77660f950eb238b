namespace Addin.Plugins.OpenAiTranscription.Api;

/// <summary>
/// The transcription service could not be reached or stayed overloaded (429, 5xx) through every attempt. Unlike a
/// <see cref="Addin.Sdk.Transcription.TranscriptionException"/> this is worth trying again later, so the host does.
/// </summary>
public sealed class TranscriptionServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranscriptionServiceException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The service's last HTTP status, when it answered.</summary>
    public int? StatusCode { get; }
}
