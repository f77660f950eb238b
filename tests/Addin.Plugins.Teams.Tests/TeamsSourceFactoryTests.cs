using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Addin.Sdk.Plugins;
using Addin.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Addin.Plugins.Teams.Tests;

/// <summary>Settings that cannot work are refused with the setting's pointer and the fix; a certificate signs in instead of a secret.</summary>
public sealed class TeamsSourceFactoryTests : IDisposable
{
    private readonly TeamsHarness h = new();

    public void Dispose() => h.Dispose();

    [Theory]
    [InlineData("""{"tenantId":null}""", "/tenantId", "Directory (tenant) ID")]
    [InlineData("""{"clientId":" "}""", "/clientId", "Application (client) ID")]
    [InlineData("""{"clientSecret":null}""", "/clientSecret", "certificatePath")]
    [InlineData("""{"certificatePath":"app.pfx"}""", "/certificatePath", "remove one")]
    [InlineData("""{"organizerUserIds":[]}""", "/organizerUserIds", "tenantWide")]
    [InlineData("""{"organizerUserIds":["ana@school.edu"]}""", "/organizerUserIds", "Object ID")]
    [InlineData("""{"notificationUrl":"http://addin.example.edu/sources/p/webhook"}""", "/notificationUrl", "https://")]
    [InlineData("""{"clientState":null}""", "/clientState", "128 characters")]
    [InlineData("""{"graphBaseUrl":"https://graph.microsoft.com/v1.0"}""", "/graphBaseUrl", "ending with '/'")]
    [InlineData("""{"pollInterval":"00:00:10"}""", "/pollInterval", "at most every minute")]
    [InlineData("""{"lookback":"00:00:00"}""", "/lookback", "positive")]
    [InlineData("""{"subscriptionLifetime":"5.00:00:00"}""", "/subscriptionLifetime", "2.22:30:00")]
    [InlineData("""{"organizerUserIds":"8b081ef6-4792-4def-b2c9-c363a1bf41d5"}""", "/organizerUserIds", "")]
    public void Create_BadSettings_NamesTheSettingAndTheFix(string overrides, string setting, string fix)
    {
        var error = Assert.Throws<ProviderSettingsException>(() => new TeamsSourceFactory().Create(h.Context(h.Settings(overrides))));

        Assert.Equal(setting, error.Setting);
        Assert.Contains(fix, error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGraphMeetings.ClientSecret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ClientStateLongerThanGraphTakes_IsRefused()
    {
        var error = Assert.Throws<ProviderSettingsException>(() =>
            new TeamsSourceFactory().Create(h.Context(h.Settings($$"""{"clientState":"{{new string('s', 129)}}"}"""))));

        Assert.Equal("/clientState", error.Setting);
    }

    [Fact]
    public void Create_CertificateThatIsNotAPfx_SaysWhatToExport()
    {
        File.WriteAllText(Path.Combine(h.DataPath, "app.pfx"), "not a certificate");

        var error = Assert.Throws<ProviderSettingsException>(() =>
            new TeamsSourceFactory().Create(h.Context(h.Settings("""{"clientSecret":null,"certificatePath":"app.pfx"}"""))));

        Assert.Equal("/certificatePath", error.Setting);
        Assert.Contains("PKCS#12", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_SignsAClientAssertionTheTokenEndpointVerifies_AndPolls()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Addin Teams source", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(h.Time.GetUtcNow().AddDays(-1), h.Time.GetUtcNow().AddYears(1));
        File.WriteAllBytes(Path.Combine(h.DataPath, "app.pfx"), certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        h.Graph.AssertionValidator = assertion => new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = FakeGraphMeetings.ClientId,
            ValidAudience = new Uri(h.Graph.BaseUrl, FakeGraphMeetings.TokenPath.TrimStart('/')).AbsoluteUri,
            IssuerSigningKey = new X509SecurityKey(publicOnly),
            ValidateLifetime = false,
        }).GetAwaiter().GetResult().IsValid;
        using var source = (TeamsRecordingSource)new TeamsSourceFactory().Create(
            h.Context(h.Settings("""{"clientSecret":null,"certificatePath":"app.pfx","certificatePassword":"pfx-password"}""")));
        h.AddRecording(TeamsHarness.LinkedMeetingId, 60);

        var page = await source.DiscoverAsync(h.Scope, null, CancellationToken.None);

        Assert.Single(page.Recordings);
        var token = Assert.Single(h.Graph.RequestsTo(FakeGraphMeetings.TokenPath));
        Assert.False(token.Form.ContainsKey("client_secret"));
        var header = new JsonWebToken(token.Form["client_assertion"]);
        Assert.Equal(certificate.GetCertHashString(), header.Kid, ignoreCase: true);
    }
}
