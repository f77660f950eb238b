using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Addin.Lti.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 serving one JWKS document and counting requests.</summary>
internal sealed class TestJwksServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _requestCount;
    private volatile string _body;
    private volatile int _statusCode = 200;
    private volatile TaskCompletionSource? _hold;
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TestJwksServer(string body)
    {
        _body = body;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        JwksUri = new Uri(BaseUri, "jwks.json");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public Uri JwksUri { get; }

    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Completes when the first request has arrived.</summary>
    public Task FirstRequest => _firstRequest.Task;

    public void Serve(string body, int statusCode = 200)
    {
        _body = body;
        _statusCode = statusCode;
    }

    /// <summary>Requests wait until <see cref="Release"/> is called.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public void Dispose()
    {
        Release();
        _listener.Close();
    }

    /// <summary>A port on 127.0.0.1 where nothing listens.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

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
        Interlocked.Increment(ref _requestCount);
        _firstRequest.TrySetResult();
        if (_hold is { } hold)
        {
            await hold.Task;
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(_body);
            context.Response.StatusCode = _statusCode;
            context.Response.ContentType = "application/json";
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
