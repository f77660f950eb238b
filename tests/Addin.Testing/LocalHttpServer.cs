using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Addin.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 for standing in for an external API (Entra ID, Microsoft Graph, …) in its
/// documented wire format. Each request goes to <see cref="Handle"/>; every request is recorded.
/// </summary>
public abstract class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly List<RecordedRequest> requests = [];

    protected LocalHttpServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The server's root, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What was asked so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            listener.Close();
        }
    }

    /// <summary>Answers one request.</summary>
    protected abstract Task<LocalResponse> Handle(RecordedRequest request);

    protected static LocalResponse Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, "application/json; charset=utf-8", body.ToJsonString(), headers);

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
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
        using var raw = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(raw);
        var request = new RecordedRequest(
            context.Request.HttpMethod,
            context.Request.Url!,
            context.Request.Headers["Authorization"],
            Encoding.UTF8.GetString(raw.GetBuffer(), 0, (int)raw.Length),
            TimeProvider.System.GetUtcNow(),
            context.Request.ContentType)
        {
            RawBody = raw.ToArray(),
            Headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase),
        };
        lock (requests)
        {
            requests.Add(request);
        }

        LocalResponse response;
        try
        {
            response = await Handle(request);
        }
        catch (Exception ex)
        {
            response = new LocalResponse(HttpStatusCode.InternalServerError, "text/plain", ex.ToString());
        }

        try
        {
            context.Response.StatusCode = (int)response.Status;
            context.Response.ContentType = response.ContentType;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            byte[] bytes = response.Bytes ?? Encoding.UTF8.GetBytes(response.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // The client went away.
        }
    }
}

/// <summary>A request the server received.</summary>
public sealed record RecordedRequest(string Method, Uri Url, string? Authorization, string Body, DateTimeOffset At, string? ContentType = null)
{
    public string Path => Url.AbsolutePath;

    /// <summary>The body's bytes as sent (binary uploads, multipart forms).</summary>
    public byte[] RawBody { get; init; } = [];

    /// <summary>Every request header.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The form fields of an application/x-www-form-urlencoded body.</summary>
    public IReadOnlyDictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => p.Length > 1 ? WebUtility.UrlDecode(p[1]) : "", StringComparer.Ordinal);

    public JsonNode? JsonBody => Body.Length == 0 ? null : JsonNode.Parse(Body);
}

/// <summary>An answer of a <see cref="LocalHttpServer"/>: a text body, or <see cref="Bytes"/> when set.</summary>
public sealed record LocalResponse(HttpStatusCode Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A binary body (media files), sent instead of <see cref="Body"/>.</summary>
    public byte[]? Bytes { get; init; }

    public static LocalResponse NotFound(string what) =>
        new(HttpStatusCode.NotFound, "application/json", JsonSerializer.Serialize(new { error = new { code = "NotFound", message = what } }));
}
