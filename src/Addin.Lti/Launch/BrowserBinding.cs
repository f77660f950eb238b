namespace Addin.Lti.Launch;

/// <summary>
/// How the host found the launch's state bound to the browser that started the login: the state must come back to
/// the browser it was issued to, or a launch could be replayed from another one. The launch validator decides whether
/// the binding holds.
/// </summary>
public abstract record BrowserBinding
{
    private BrowserBinding()
    {
    }

    /// <summary>Nothing binds the launch to this browser.</summary>
    public static BrowserBinding None { get; } = new Unbound();

    /// <summary>The state in the cookie the login set, or <see cref="None"/> when the browser sent no such cookie.</summary>
    public static BrowserBinding FromCookie(string? cookieState) =>
        string.IsNullOrEmpty(cookieState) ? None : new Cookie(cookieState);

    /// <summary>The state the tool's page read back from the platform's storage (null or empty when it read nothing).</summary>
    public static BrowserBinding FromPlatformStorage(string? confirmedState) => new PlatformStorage(confirmedState);

    /// <summary>No binding: the browser sent no cookie and no platform-storage confirmation.</summary>
    public sealed record Unbound : BrowserBinding;

    /// <summary>The login cookie, set when this browser started the login, names <paramref name="State"/>.</summary>
    /// <param name="State">The state the cookie names.</param>
    public sealed record Cookie(string State) : BrowserBinding;

    /// <summary>
    /// The tool's page, running in the platform's frame, read <paramref name="State"/> back from the platform's storage
    /// (<c>lti.get_data</c>), where the login page of this browser had put it. Valid only for a login that was offered
    /// platform storage (<c>lti_storage_target</c>).
    /// </summary>
    /// <param name="State">The value read back, or null when the platform answered with nothing.</param>
    public sealed record PlatformStorage(string? State) : BrowserBinding;
}
