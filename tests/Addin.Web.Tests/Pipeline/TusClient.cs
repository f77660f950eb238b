using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Addin.Testing;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Speaks tus 1.0.0 to a course's resumable upload endpoint as a person (their session in the Authorization header),
/// one request at a time, so each test can send exactly the request it is about.
/// </summary>
public sealed class TusClient(HttpClient http, Launch launch, long courseId)
{
    public const string PieceType = "application/offset+octet-stream";

    public string StartPath => string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/upload/resumable");

    /// <summary>Upload-Metadata for these pairs.</summary>
    public static string Metadata(params (string Key, string Value)[] pairs) =>
        string.Join(',', pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    /// <summary>POST (creation); <paramref name="tusVersion"/> null leaves out Tus-Resumable.</summary>
    public Task<HttpResponseMessage> StartAsync(long length, string? metadata, string? tusVersion = "1.0.0")
    {
        var request = Request(HttpMethod.Post, StartPath, tusVersion);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        if (metadata is not null)
        {
            request.Headers.Add("Upload-Metadata", metadata);
        }

        request.Content = new ByteArrayContent([]);
        return http.SendAsync(request);
    }

    /// <summary>Starts an upload that must be accepted; returns its URL.</summary>
    public async Task<string> StartOkAsync(long length, string fileName, string? title = null)
    {
        var pairs = new List<(string, string)> { ("filename", fileName), ("filetype", "video/mp4") };
        if (title is not null)
        {
            pairs.Add(("title", title));
        }

        using var response = await StartAsync(length, Metadata([.. pairs]));
        return response.StatusCode == System.Net.HttpStatusCode.Created
            ? response.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Starting the upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> OffsetAsync(string url) => http.SendAsync(Request(HttpMethod.Head, url));

    /// <summary>The offset HEAD reports.</summary>
    public async Task<long> OffsetOfAsync(string url)
    {
        using var response = await OffsetAsync(url);
        response.EnsureSuccessStatusCode();
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
    }

    /// <summary>PATCH with a piece of bytes.</summary>
    public Task<HttpResponseMessage> AppendAsync(string url, long offset, byte[] piece, string contentType = PieceType) =>
        AppendAsync(url, offset, new ByteArrayContent(piece), contentType);

    /// <summary>PATCH with a piece read from any content (e.g. a stream that fails half way).</summary>
    public Task<HttpResponseMessage> AppendAsync(string url, long offset, HttpContent piece, string contentType = PieceType)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var request = Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        piece.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content = piece;
        return http.SendAsync(request);
    }

    /// <summary>Sends a whole file in pieces of this size from where the upload stands; returns the last answer.</summary>
    public async Task<HttpResponseMessage> SendFileAsync(string url, string path, int pieceBytes)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path);
        long offset = await OffsetOfAsync(url);
        while (true)
        {
            var response = await AppendAsync(url, offset, bytes[(int)offset..(int)Math.Min(offset + pieceBytes, bytes.Length)]);
            offset += Math.Min(pieceBytes, bytes.Length - offset);
            if (!response.IsSuccessStatusCode || offset == bytes.Length)
            {
                return response;
            }

            response.Dispose();
        }
    }

    public Task<HttpResponseMessage> CancelAsync(string url) => http.SendAsync(Request(HttpMethod.Delete, url));

    private HttpRequestMessage Request(HttpMethod method, string url, string? tusVersion = "1.0.0")
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", launch.Token);
        if (tusVersion is not null)
        {
            request.Headers.Add("Tus-Resumable", tusVersion);
        }

        return request;
    }
}
