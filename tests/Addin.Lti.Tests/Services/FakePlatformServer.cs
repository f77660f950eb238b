using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Addin.Lti.Tests.Support;

namespace Addin.Lti.Tests.Services;

/// <summary>A request as the fake platform received it.</summary>
internal sealed record PlatformRequest(
    string Method,
    Uri Url,
    string? ContentType,
    string? Accept,
    string? Authorization,
    string Body)
{
    public string Path => Url.AbsolutePath;

    public Dictionary<string, string> Query => QueryString.Parse(Url);

    public string? BearerToken => Authorization is { } a && a.StartsWith("Bearer ", StringComparison.Ordinal) ? a["Bearer ".Length..] : null;
}

/// <summary>What the fake platform answers.</summary>
internal sealed record PlatformResponse(int Status, string? Body = null, string ContentType = "application/json")
{
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sent instead of <see cref="Body"/> when set, byte for byte (e.g. with a UTF-8 BOM).</summary>
    public byte[]? RawBody { get; init; }

    public static PlatformResponse Json(string body, string contentType = "application/json", int status = 200) => new(status, body, contentType);

    public PlatformResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (like <see cref="TestJwksServer"/>) standing in for an LMS: each route is a method
/// and path with a handler; every request is recorded. Unrouted requests get 404.
/// </summary>
internal sealed class FakePlatformServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<(string Method, string Path), Func<PlatformRequest, Task<PlatformResponse>>> _routes = new();

    public FakePlatformServer()
    {
        BaseUri = new Uri($"http://127.0.0.1:{TestJwksServer.FreePort()}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<PlatformRequest> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public IReadOnlyList<PlatformRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    public void On(string method, string path, Func<PlatformRequest, Task<PlatformResponse>> handler) => _routes[(method, path)] = handler;

    public void On(string method, string path, Func<PlatformRequest, PlatformResponse> handler) => On(method, path, r => Task.FromResult(handler(r)));

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            var http = context.Request;
            string body;
            using (var reader = new StreamReader(http.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            var request = new PlatformRequest(http.HttpMethod, http.Url!, http.ContentType, http.Headers["Accept"], http.Headers["Authorization"], body);
            Requests.Enqueue(request);
            var response = _routes.TryGetValue((request.Method, request.Path), out var handler)
                ? await handler(request)
                : PlatformResponse.Json("""{"errors":[{"message":"not routed in the test"}]}""", status: 404);
            await WriteAsync(context.Response, response);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The test ended while answering.
        }
    }

    private static async Task WriteAsync(HttpListenerResponse http, PlatformResponse response)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.AddHeader(name, value);
        }

        var bytes = response.RawBody ?? (response.Body is null ? [] : Encoding.UTF8.GetBytes(response.Body));
        if (bytes.Length > 0)
        {
            http.ContentType = response.ContentType;
        }

        http.ContentLength64 = bytes.Length;
        await http.OutputStream.WriteAsync(bytes);
        http.Close();
    }
}
