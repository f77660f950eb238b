namespace Addin.Plugins.Teams.Graph;

/// <summary>
/// The end of the Graph handler chain: sends through the host's <see cref="HttpClient"/> (its timeouts and policies).
/// Each attempt sends a copy, because an <see cref="HttpRequestMessage"/> can go through an HttpClient only once and the
/// handlers above retry.
/// </summary>
internal sealed class HostClientHandler(HttpClient client) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        if (request.Content is not null)
        {
            byte[] body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        var response = await client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
