using Addin.Lti.PlatformStorage;
using Addin.Lti.Registration;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.PlatformStorage;

/// <summary>Which launches without the cookie may be confirmed through the platform's storage, and how; finding one consumes nothing.</summary>
public sealed class PlatformStorageChecksTests : IDisposable
{
    private readonly LaunchHarness _h = new();
    private readonly PlatformStorageChecks _checks;

    public PlatformStorageChecksTests()
    {
        _checks = new PlatformStorageChecks(_h.LoginStates, _h.Registrations, _h.Time);
    }

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task FindAsync_PendingLoginThatOfferedStorage_NamesKeyFrameAndOriginAndConsumesNothing()
    {
        var login = await _h.BeginLoginAsync(storageTarget: "post_message_forwarding");

        var check = await _checks.FindAsync(login.State, CancellationToken.None);

        Assert.Equal(new PlatformStorageCheck(login.State, $"state_{login.State}", "post_message_forwarding", "https://platform.test"), check);
        Assert.NotNull(await _h.LoginStates.FindAsync(login.State, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_LoginWithoutStorageTarget_IsNull()
    {
        var login = await _h.BeginLoginAsync();

        Assert.Null(await _checks.FindAsync(login.State, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-state")]
    public async Task FindAsync_NoPendingLogin_IsNull(string? state)
    {
        await _h.BeginLoginAsync(storageTarget: "_parent");

        Assert.Null(await _checks.FindAsync(state, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ExpiredLogin_IsNull()
    {
        var login = await _h.BeginLoginAsync(storageTarget: "_parent");
        _h.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await _checks.FindAsync(login.State, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_RegistrationRemovedSinceTheLogin_IsNull()
    {
        var login = await _h.BeginLoginAsync(storageTarget: "_parent");
        var checks = new PlatformStorageChecks(_h.LoginStates, new InMemoryPlatformRegistrationStore(), _h.Time);

        Assert.Null(await checks.FindAsync(login.State, CancellationToken.None));
    }
}
