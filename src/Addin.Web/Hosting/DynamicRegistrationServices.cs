using Addin.Lti.Registration.Dynamic;
using Addin.Web.Lti;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>LTI Dynamic Registration: its options, the protocol client and the host's side of it.</summary>
internal static class DynamicRegistrationServices
{
    public static void AddAddinDynamicRegistration(this IServiceCollection services)
    {
        services.AddOptions<DynamicRegistrationOptions>().BindConfiguration(DynamicRegistrationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DynamicRegistrationOptions>, DynamicRegistrationOptionsValidator>();

        // The administrator waits in the LMS's dialog while Addin talks to the LMS.
        services.AddHttpClient<DynamicRegistrationClient>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<PlatformSelfRegistration>();
    }
}
