using System.Net;
using System.Text;
using Addin.Lti.Platform;

namespace Addin.Bench.Launches;

/// <summary>
/// The platform side of the benchmark: it signs id_tokens with its own key and publishes that key at a JWKS URL on
/// 127.0.0.1, counting how often the tool fetches it (a launch must not cost a JWKS fetch).
/// </summary>
internal sealed class BenchPlatform : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _jwksFetches;

    public BenchPlatform(int port)
    {
        Key = RsaSigningKey.Create("bench-" + Guid.NewGuid().ToString("N")[..8]);
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public const string ClientId = "addin-bench";
    public const string DeploymentId = "bench-deployment";

    public RsaSigningKey Key { get; }

    public Uri BaseUrl { get; }

    public string Issuer => BaseUrl.AbsoluteUri.TrimEnd('/');

    public Uri JwksUrl => new(BaseUrl, "jwks");

    /// <summary>Where the tool sends browsers to authenticate; the benchmark answers in place of the browser, so nothing is served there.</summary>
    public Uri AuthorizationUrl => new(BaseUrl, "authorize");

    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    public void Dispose()
    {
        _listener.Close();
        Key.Dispose();
    }

    private async Task ServeAsync()
    {
        byte[] jwks = Encoding.UTF8.GetBytes(JwksDocument.Write([Key]));
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            if (context.Request.Url?.AbsolutePath == "/jwks")
            {
                Interlocked.Increment(ref _jwksFetches);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(jwks);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }
}
