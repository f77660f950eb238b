namespace Addin.Plugins.SemanticKernelSummariser.Chat;

/// <summary>The chat endpoint refused the request, or twice answered something that is not a recap. The message says what to change.</summary>
public sealed class ChatAnswerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatAnswerException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
