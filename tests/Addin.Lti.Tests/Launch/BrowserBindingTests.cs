using Addin.Lti.Launch;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>
/// Step 1 by binding: a launch is bound to the browser by the login cookie, or by the state read back from the
/// platform's storage for a login whose platform offered storage (lti_storage_target); by nothing else.
/// </summary>
public sealed class BrowserBindingTests : IDisposable
{
    private const string StorageFrame = "post_message_forwarding";

    private readonly LaunchHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task ValidateAsync_NoCookieAndNoStorageConfirmation_RefusedStateNotBoundToBrowser()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(token, login, BrowserBinding.None);

        Assert.Equal(LtiErrorCode.StateNotBoundToBrowser, ex.Code);
        Assert.Equal("LTI_STATE_NOT_BOUND_TO_BROWSER", ex.ErrorId);
        Assert.Equal(401, ex.StatusCode);
    }

    [Fact]
    public async Task ValidateAsync_StorageConfirmationOfTheState_IsAccepted()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var launch = await _h.Validator.ValidateAsync(
            new LaunchRequest(token, login.State, BrowserBinding.FromPlatformStorage(login.State)), CancellationToken.None);

        Assert.Equal("user-1", launch.Subject);
        Assert.Equal(login.Nonce, launch.Nonce);
        Assert.Contains(_h.Logs.Messages, m => m.Contains("browser bound by PlatformStorage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_CookieForALoginThatOfferedStorage_IsAccepted()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal("user-1", launch.Subject);
        Assert.Contains(_h.Logs.Messages, m => m.Contains("browser bound by Cookie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_StorageConfirmationForALoginWithoutStorageTarget_RefusedAndTheLoginStaysPending()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(token, login, BrowserBinding.FromPlatformStorage(login.State));

        Assert.Equal(LtiErrorCode.PlatformStorageNotOffered, ex.Code);
        Assert.Equal("LTI_PLATFORM_STORAGE_NOT_OFFERED", ex.ErrorId);
        Assert.Equal(401, ex.StatusCode);

        // Whoever forged the confirmation could not burn the login: the browser with the cookie still completes it.
        var launch = await _h.LaunchAsync(token, login);
        Assert.Equal("user-1", launch.Subject);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ValidateAsync_PlatformStorageHeldNothing_RefusedStateNotBoundAndTheLoginStaysPending(string? readBack)
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(token, login, BrowserBinding.FromPlatformStorage(readBack));

        Assert.Equal(LtiErrorCode.StateNotBoundToBrowser, ex.Code);
        Assert.Contains("platform's storage", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(await _h.LoginStates.FindAsync(login.State, CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_StorageHeldAnotherState_RefusedStateMismatch()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var other = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(token, login, BrowserBinding.FromPlatformStorage(other.State));

        Assert.Equal(LtiErrorCode.StateMismatch, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_StorageConfirmationReplayed_SecondRefusedUnknownState()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);
        var confirmed = new LaunchRequest(token, login.State, BrowserBinding.FromPlatformStorage(login.State));
        await _h.Validator.ValidateAsync(confirmed, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<LtiValidationException>(() => _h.Validator.ValidateAsync(confirmed, CancellationToken.None));

        Assert.Equal(LtiErrorCode.UnknownState, ex.Code);
    }

    [Fact]
    public async Task ValidateAsync_StorageConfirmationWithTheTokenOfAnotherLogin_RefusedNonceMismatchAndTheNonceIsNotUsedUp()
    {
        var victim = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var attacker = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        var victimToken = _h.TokenFor(victim).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(victimToken, attacker, BrowserBinding.FromPlatformStorage(attacker.State));

        Assert.Equal(LtiErrorCode.NonceMismatch, ex.Code);
        Assert.True(await _h.Nonces.TryConsumeAsync(LaunchHarness.DefaultIssuer, victim.Nonce, _h.Time.GetUtcNow().AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_StorageConfirmationAfterTheLoginExpired_RefusedStateExpired()
    {
        var login = await _h.BeginLoginAsync(storageTarget: StorageFrame);
        _h.Time.Advance(TimeSpan.FromMinutes(11));
        var token = _h.TokenFor(login).Sign(LaunchHarness.PlatformKey);

        var ex = await RefusedAsync(token, login, BrowserBinding.FromPlatformStorage(login.State));

        Assert.Equal(LtiErrorCode.StateExpired, ex.Code);
    }

    [Fact]
    public void FromCookie_NoCookie_IsNone()
    {
        Assert.Same(BrowserBinding.None, BrowserBinding.FromCookie(null));
        Assert.Same(BrowserBinding.None, BrowserBinding.FromCookie(""));
        Assert.Equal(new BrowserBinding.Cookie("s"), BrowserBinding.FromCookie("s"));
    }

    private Task<LtiValidationException> RefusedAsync(string token, PendingLogin login, BrowserBinding binding) =>
        Assert.ThrowsAsync<LtiValidationException>(() =>
            _h.Validator.ValidateAsync(new LaunchRequest(token, login.State, binding), CancellationToken.None));
}
