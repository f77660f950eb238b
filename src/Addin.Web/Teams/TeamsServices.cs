using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Teams;

/// <summary>The Teams tab's services: options, token validation, Graph roles, sign-in and linking.</summary>
public static class TeamsServices
{
    public static IServiceCollection AddAddinTeams(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.PostConfigure<TeamsOptions>(o => o.ApplyDefaults());

        services.AddHttpClient(EntraMetadata.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(GraphAppTokens.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<EntraMetadata>();
        services.AddSingleton<EntraTokenValidator>();
        services.AddSingleton<GraphAppTokens>();
        services.AddSingleton<ITeamRoles, GraphTeamRoles>();
        services.AddSingleton<TeamContextTokens>();
        services.AddScoped<TeamsPlatforms>();
        services.AddScoped<TeamsSignIn>();
        services.AddScoped<TeamsLinking>();
        return services;
    }
}
