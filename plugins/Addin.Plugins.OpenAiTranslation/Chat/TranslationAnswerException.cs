namespace Addin.Plugins.OpenAiTranslation.Chat;

/// <summary>
/// The chat endpoint refused the request, or twice answered something that is not the batch translated line for line.
/// Trying again with the same settings will not help; the message says what to change.
/// </summary>
public sealed class TranslationAnswerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranslationAnswerException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
