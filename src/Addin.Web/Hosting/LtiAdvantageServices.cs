using Addin.Core.Rosters;
using Addin.Lti.Keys;
using Addin.Lti.Services;
using Addin.Lti.Services.Grades;
using Addin.Lti.Services.NamesRoles;
using Addin.Lti.Services.Tokens;
using Addin.Web.Configuration;
using Addin.Web.Grades;
using Addin.Web.Rosters;
using Microsoft.Extensions.Options;

namespace Addin.Web.Hosting;

/// <summary>
/// The LTI Advantage services the tool calls on platforms: access tokens (client-credentials grant with the tool's
/// signed assertion), Names and Role Provisioning (roster sync) and Assignment and Grade Services.
/// </summary>
internal static class LtiAdvantageServices
{
    private const string TokenHttpClient = "Addin.Lti.Tokens";
    private const string ServiceHttpClient = "Addin.Lti.Services";

    public static void AddAddinLtiAdvantage(this IServiceCollection services)
    {
        services.AddValidatedOptions<LtiServiceOptions, LtiServiceOptionsAdapter>(LtiServiceOptionsAdapter.SectionName);
        services.AddValidatedOptions<RosterSyncOptions, RosterSyncOptionsValidator>(RosterSyncOptions.SectionName);

        // The clients are singletons (the token cache lives in ServiceTokenClient) holding their HttpClient for the
        // life of the process, so the handlers are never recycled by the factory; the pooled connection lifetime
        // picks up DNS changes instead.
        AddLongLivedHttpClient(services, TokenHttpClient, maxResponseBytes: 64 * 1024);
        AddLongLivedHttpClient(services, ServiceHttpClient, maxResponseBytes: 16 * 1024 * 1024);
        services.AddSingleton(sp => new ServiceTokenClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClient),
            sp.GetRequiredService<IToolSigningKeys>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ServiceTokenClient>>(),
            sp.GetRequiredService<IOptions<LtiServiceOptions>>().Value));
        services.AddSingleton(sp => new NamesRolesClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ServiceHttpClient),
            sp.GetRequiredService<ServiceTokenClient>(),
            sp.GetRequiredService<ILogger<NamesRolesClient>>()));

        // Posts the scores of students' self-checks on review questions to the course's gradebook.
        services.AddSingleton(sp => new AssignmentGradesClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ServiceHttpClient),
            sp.GetRequiredService<ServiceTokenClient>(),
            sp.GetRequiredService<ILogger<AssignmentGradesClient>>()));

        services.AddScoped<ReviewScoreSender>();
        services.AddScoped<SendReviewScoreJob>();
        services.AddSingleton<Core.Reviews.IReviewScorePosts, HangfireReviewScorePosts>();
        services.AddScoped<RosterUpdater>();
        services.AddScoped<RosterSync>();
        services.AddScoped<SyncRosterJob>();
        services.AddRecurringJob<SyncAllRostersJob>(
            SyncAllRostersJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
            sp => sp.GetRequiredService<IOptions<RosterSyncOptions>>().Value is { Enabled: true } sync ? sync.IntervalCron() : null);
        services.AddSingleton<RosterSyncRequests>();
    }

    private static void AddLongLivedHttpClient(IServiceCollection services, string name, long maxResponseBytes) =>
        services.AddHttpClient(name, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(30);
                client.MaxResponseContentBufferSize = maxResponseBytes;
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
