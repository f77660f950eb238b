using System.Security.Cryptography;
using System.Text.Json;
using Addin.Lti.Login;
using Microsoft.AspNetCore.DataProtection;

namespace Addin.Web.Lti;

/// <summary>
/// Pending LTI logins kept in the state itself: the whole login, with its expiry, encrypted and signed with Data
/// Protection. A login costs no database write and its launch no read, and a launch may land on any web node that
/// shares the data protection keys. A forged or altered state does not unseal, so it matches no login.
/// </summary>
/// <remarks>
/// Nothing is removed when a launch takes the login: what makes a login usable once is its nonce, which the launch
/// consumes atomically in <see cref="EfNonceStore"/> after checking that the id_token carries it. The browser binding
/// (the login cookie, or platform storage) is checked on the state as before.
/// </remarks>
public sealed class SealedLoginStateStore(IDataProtectionProvider protection) : ILoginStateStore
{
    private readonly IDataProtector protector = protection.CreateProtector("Addin.Lti.LoginState.v1");

    public Task<string> SaveAsync(LoginState s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Task.FromResult(protector.Protect(JsonSerializer.Serialize(s, JsonSerializerOptions.Web)));
    }

    public Task<LoginState?> FindAsync(string state, CancellationToken ct) => Task.FromResult(Unseal(state));

    public Task<LoginState?> TakeAsync(string state, CancellationToken ct) => Task.FromResult(Unseal(state));

    private LoginState? Unseal(string state)
    {
        try
        {
            return string.IsNullOrEmpty(state) ? null : JsonSerializer.Deserialize<LoginState>(protector.Unprotect(state), JsonSerializerOptions.Web);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
