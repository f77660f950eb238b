using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Addin.Lti.Tests.Support;

/// <summary>A request the test platform received.</summary>
internal sealed record ReceivedRequest(string Method, string PathAndQuery, string? Authorization, string? ContentType, string Body);

/// <summary>What the test platform answers.</summary>
internal sealed record PlatformAnswer(int StatusCode, string Body, string ContentType = "application/json");

/// <summary>
/// A real HTTP server on 127.0.0.1 playing a platform: every request is recorded and answered by the handler the test
/// gives, as the platform's wire format would.
/// </summary>
internal sealed class TestPlatformServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ReceivedRequest, PlatformAnswer> _handler;

    public TestPlatformServer(Func<ReceivedRequest, PlatformAnswer> handler)
    {
        _handler = handler;
        BaseUri = new Uri($"http://127.0.0.1:{TestJwksServer.FreePort()}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

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
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new ReceivedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.PathAndQuery,
                context.Request.Headers["Authorization"],
                context.Request.ContentType,
                await reader.ReadToEndAsync());
            Requests.Enqueue(request);

            PlatformAnswer answer;
            try
            {
                answer = _handler(request);
            }
            catch (Exception ex)
            {
                answer = new PlatformAnswer(500, "test platform handler failed: " + ex.Message, "text/plain");
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.StatusCode;
            context.Response.ContentType = answer.ContentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The test ended while answering.
        }
    }
}
