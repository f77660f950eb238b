using Addin.Lti.Claims;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Launch;

/// <summary>
/// A platform that registered itself without naming a deployment (Canvas's dynamic registration): its first signed
/// launch names the deployment, which is recorded; every other deployment is refused as usual.
/// </summary>
public sealed class FirstDeploymentTests : IDisposable
{
    private readonly LaunchHarness _h = new(new HarnessOptions { DeploymentIds = new HashSet<string>(), AcceptsFirstDeployment = true });

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Launch_FirstSignedLaunch_IsAcceptedAndItsDeploymentRecorded()
    {
        var login = await _h.BeginLoginAsync(deploymentId: "deployment-a");
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.DeploymentId, "deployment-a").Sign(LaunchHarness.PlatformKey);

        var launch = await _h.LaunchAsync(token, login);

        Assert.Equal("deployment-a", launch.DeploymentId);
        var stored = Assert.Single(await _h.Registrations.FindByIssuerAsync(LaunchHarness.DefaultIssuer, CancellationToken.None));
        Assert.Equal(["deployment-a"], stored.DeploymentIds);
        Assert.False(stored.AwaitsFirstDeployment);
    }

    [Fact]
    public async Task Launch_AfterTheFirst_AnotherDeploymentIsRefusedAtLoginAndLaunch()
    {
        var first = await _h.BeginLoginAsync();
        await _h.LaunchAsync(_h.TokenFor(first).WithClaim(LtiClaimNames.DeploymentId, "deployment-a").Sign(LaunchHarness.PlatformKey), first);

        var hinted = await Assert.ThrowsAsync<LtiValidationException>(() => _h.BeginLoginAsync(deploymentId: "deployment-b"));
        var second = await _h.BeginLoginAsync();
        var refused = await _h.RefusedAsync(_h.TokenFor(second).WithClaim(LtiClaimNames.DeploymentId, "deployment-b").Sign(LaunchHarness.PlatformKey), second);
        var again = await _h.BeginLoginAsync();
        var same = await _h.LaunchAsync(_h.TokenFor(again).WithClaim(LtiClaimNames.DeploymentId, "deployment-a").Sign(LaunchHarness.PlatformKey), again);

        Assert.Equal(LtiErrorCode.UnknownDeployment, hinted.Code);
        Assert.Equal(LtiErrorCode.UnknownDeployment, refused.Code);
        Assert.Equal("deployment-a", same.DeploymentId);
    }

    [Fact]
    public async Task Launch_WithForgedSignature_RecordsNoDeployment()
    {
        var login = await _h.BeginLoginAsync();
        var token = _h.TokenFor(login).WithClaim(LtiClaimNames.DeploymentId, "deployment-evil").Sign(LaunchHarness.ImpostorKey);

        var ex = await _h.RefusedAsync(token, login);

        Assert.Equal(LtiErrorCode.BadSignature, ex.Code);
        var stored = Assert.Single(await _h.Registrations.FindByIssuerAsync(LaunchHarness.DefaultIssuer, CancellationToken.None));
        Assert.Empty(stored.DeploymentIds);
    }

    [Fact]
    public async Task Launch_RegistrationWithoutDeploymentsThatDoesNotAwaitOne_IsRefused()
    {
        using var h = new LaunchHarness(new HarnessOptions { DeploymentIds = new HashSet<string>() });
        var login = await h.BeginLoginAsync();

        var ex = await h.RefusedAsync(h.TokenFor(login).WithClaim(LtiClaimNames.DeploymentId, "deployment-a").Sign(LaunchHarness.PlatformKey), login);

        Assert.Equal(LtiErrorCode.UnknownDeployment, ex.Code);
    }
}
