using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Addin.Plugins.Teams.Graph;

/// <summary>
/// The Graph SDK's client, pointed at <see cref="TeamsSourceSettings.GraphBaseUrl"/>, with the app's token, bounded
/// retries on the injected clock, and Graph's errors turned into <see cref="TeamsApiException"/>s that say what to do.
/// </summary>
internal sealed class TeamsGraph : IDisposable
{
    private readonly HttpClient graphHttp;
    private readonly HttpClient tokenHttp;

    public TeamsGraph(HttpClient hostClient, TeamsSourceSettings settings, X509Certificate2? certificate, TimeProvider time, ILogger logger)
    {
        tokenHttp = new HttpClient(new GraphRetryHandler(settings, time, logger) { InnerHandler = new HostClientHandler(hostClient) });
        Tokens = new EntraTokens(tokenHttp, settings, certificate, time);

        // The SDK's middleware (headers, redirects, telemetry) without its retry handler, then ours.
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Add(new GraphAuthHandler(Tokens, logger));
        handlers.Add(new GraphRetryHandler(settings, time, logger));
        graphHttp = GraphClientFactory.Create(handlers, finalHandler: new HostClientHandler(hostClient));
        graphHttp.Timeout = Timeout.InfiniteTimeSpan;
        Client = new GraphServiceClient(graphHttp, new AnonymousAuthenticationProvider(), settings.GraphBaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    public GraphServiceClient Client { get; }

    public EntraTokens Tokens { get; }

    /// <summary>Runs a Graph call; a failure becomes a <see cref="TeamsApiException"/> naming <paramref name="what"/> and the fix.</summary>
    public static async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex)
        {
            string detail = ex is ODataError { Error: { } error } ? $": {error.Code} {error.Message}" : "";
            string hint = ex.ResponseStatusCode switch
            {
                401 or 403 => " Give the app the application permissions OnlineMeetingRecording.Read.All, OnlineMeetingTranscript.Read.All and OnlineMeetings.Read.All with admin consent, and grant it an application access policy for the organizer (New-CsApplicationAccessPolicy).",
                404 => " It may have been deleted in Teams.",
                429 => " Graph's rate limit held; the host tries again later.",
                >= 500 => " Graph kept failing; the host tries again later.",
                _ => "",
            };
            throw new TeamsApiException($"{what} failed (HTTP {ex.ResponseStatusCode}{detail}).{hint}", ex.ResponseStatusCode, ex);
        }
    }

    public void Dispose()
    {
        graphHttp.Dispose();
        tokenHttp.Dispose();
        Tokens.Dispose();
    }
}
