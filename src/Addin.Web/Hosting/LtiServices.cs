using Addin.Lti;
using Addin.Lti.Keys;
using Addin.Lti.Launch;
using Addin.Lti.Login;
using Addin.Lti.PlatformStorage;
using Addin.Lti.Registration;
using Addin.Web.Configuration;
using Addin.Web.Lti;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>The tool side of LTI: login initiation and launch validation over Addin's stores.</summary>
internal static class LtiServices
{
    public static void AddAddinLti(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var baseUrl = sp.GetRequiredService<IOptions<AddinOptions>>().Value.PublicBaseUrl;
            return new LtiToolSettings
            {
                LaunchUrl = new Uri(baseUrl, LtiEndpoints.LaunchPath),
                ToolUrls = [baseUrl],
            };
        });
        services.AddSingleton<ToolUrls>();
        services.AddSingleton<PlatformRegistrationCache>();
        services.AddScoped<EfPlatformRegistrationStore>();
        services.AddScoped<IPlatformRegistrationStore>(sp => sp.GetRequiredService<EfPlatformRegistrationStore>());
        services.AddSingleton<ILoginStateStore, SealedLoginStateStore>();
        services.AddScoped<INonceStore, EfNonceStore>();
        services.AddSingleton(new JwksCacheOptions());

        // One long-lived provider: its cache is what keeps launches from fetching the platform's keys every time.
        services.AddSingleton<IPlatformKeyProvider>(sp => new JwksPlatformKeyProvider(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(10) },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JwksPlatformKeyProvider>>(),
            sp.GetRequiredService<JwksCacheOptions>()));
        // The tool's own keys: one ring per process (it caches the parsed keys), persisted encrypted in the database.
        services.AddSingleton(new ToolKeyOptions());
        services.AddSingleton<IToolKeyStore, EfToolKeyStore>();
        services.AddSingleton<ToolKeyRing>();
        services.AddSingleton<IToolSigningKeys>(sp => sp.GetRequiredService<ToolKeyRing>());
        services.AddScoped<OidcLoginInitiator>();
        services.AddScoped<LaunchValidator>();
        services.AddAddinDynamicRegistration();
        services.AddScoped<PlatformStorageChecks>();
    }
}
