namespace Addin.Lti.DeepLinking;

/// <summary>
/// The chosen content cannot be returned to the platform as it is. <see cref="Exception.Message"/> says what the
/// platform accepts and what to change; the host shows it to the user choosing content.
/// </summary>
public sealed class DeepLinkingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeepLinkingException(DeepLinkingErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The stable reason.</summary>
    public DeepLinkingErrorCode Code { get; }
}
