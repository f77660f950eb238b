using Addin.Lti.Login;
using Addin.Lti.PlatformStorage;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.PlatformStorage;

/// <summary>
/// A login initiation with lti_storage_target: the pending login keeps the frame, and the redirect says what to store
/// in the platform (state and nonce, each under a key that carries it) and to which origin only.
/// </summary>
public sealed class PlatformStorageLoginTests : IDisposable
{
    private readonly LaunchHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("_parent")]
    [InlineData("post_message_forwarding")]
    [InlineData("lti_storage_frame")]
    public async Task InitiateAsync_WithStorageTarget_KeepsItAndAsksToStoreStateAndNonceForThePlatformOrigin(string frame)
    {
        var redirect = await InitiateAsync(frame);

        var storage = Assert.IsType<PlatformStorageLogin>(redirect.PlatformStorage);
        var query = QueryString.Parse(redirect.RedirectUri);
        string state = query["state"], nonce = query["nonce"];
        Assert.Equal(frame, storage.Target);
        Assert.Equal("https://platform.test", storage.PlatformOrigin);
        Assert.Equal([new PlatformStorageItem($"state_{state}", state), new PlatformStorageItem($"nonce_{nonce}", nonce)], storage.Items);
        Assert.Equal(frame, (await _h.LoginStates.FindAsync(state, CancellationToken.None))?.StorageTarget);
    }

    [Fact]
    public async Task InitiateAsync_WithoutStorageTarget_IsAPlainRedirect()
    {
        var redirect = await InitiateAsync(null);

        Assert.Null(redirect.PlatformStorage);
        Assert.Null((await _h.LoginStates.FindAsync(redirect.State, CancellationToken.None))!.StorageTarget);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frame name with spaces")]
    [InlineData("<script>")]
    [InlineData("a-frame-name-that-is-far-too-long-to-be-a-frame-name-of-any-platform-and-would-not-fit-the-column-either")]
    public async Task InitiateAsync_WithUnusableStorageTarget_IgnoresItAndRelaysOnTheCookie(string frame)
    {
        var redirect = await InitiateAsync(frame);

        Assert.Null(redirect.PlatformStorage);
        Assert.Null((await _h.LoginStates.FindAsync(redirect.State, CancellationToken.None))!.StorageTarget);
    }

    [Fact]
    public void FromForm_StorageTarget_IsRead()
    {
        var request = OidcLoginRequest.FromForm(new Dictionary<string, string>
        {
            ["iss"] = "https://platform.test",
            ["login_hint"] = "u",
            ["target_link_uri"] = "https://tool.test/lti/",
            ["lti_storage_target"] = "post_message_forwarding",
        });

        Assert.Equal("post_message_forwarding", request.StorageTarget);
    }

    [Theory]
    [InlineData("https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com")]
    [InlineData("http://127.0.0.1:5080/demo/platform/authorize", "http://127.0.0.1:5080")]
    [InlineData("https://moodle.school.test:8443/mod/lti/auth.php?x=1", "https://moodle.school.test:8443")]
    [InlineData("https://LMS.School.Test:443/auth", "https://lms.school.test")]
    public void PlatformOrigin_IsTheAuthorizationEndpointsOriginAsBrowsersWriteIt(string endpoint, string origin) =>
        Assert.Equal(origin, PlatformOrigin.Of(new Uri(endpoint)));

    private Task<LoginRedirect> InitiateAsync(string? storageTarget) => _h.Initiator.InitiateAsync(
        new OidcLoginRequest(LaunchHarness.DefaultIssuer, "login-hint-1", _h.DefaultTargetLinkUri, null, LaunchHarness.DefaultClientId, StorageTarget: storageTarget),
        CancellationToken.None);
}
