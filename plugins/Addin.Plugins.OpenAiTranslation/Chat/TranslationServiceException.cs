namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>
/// The chat endpoint could not be reached or stayed overloaded (429, 5xx) through every attempt. Unlike a
/// <see cref="TranslationAnswerException"/> this is worth trying again later.
/// </summary>
public sealed class TranslationServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranslationServiceException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
    }

    /// <summary>The endpoint's last HTTP status, when it answered.</summary>
    public int? StatusCode { get; }
}
