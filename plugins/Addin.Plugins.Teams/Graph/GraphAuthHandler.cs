using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Teams.Graph;

/// <summary>Puts the app's access token on every Graph request; a 401 fetches a fresh token once and asks again.</summary>
internal sealed class GraphAuthHandler(EntraTokens tokens, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (bool refreshed = false; ; refreshed = true)
        {
            string token = await tokens.GetAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized || refreshed)
            {
                return response;
            }

            // The token expired early or was revoked: one fresh token, one more try.
            TeamsLog.RefreshingToken(logger, GraphRetryHandler.Describe(request));
            response.Dispose();
            tokens.Invalidate(token);
        }
    }
}
