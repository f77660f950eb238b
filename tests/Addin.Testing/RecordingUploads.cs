using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace Addin.Testing;

/// <summary>What the upload form of a course page sends: a title, an optional transcript, then the recording.</summary>
public sealed record UploadForm
{
    /// <summary>The recording file on this machine; streamed, never read into memory.</summary>
    public required string MediaPath { get; init; }

    /// <summary>The name the browser sends; the file's own name when null.</summary>
    public string? FileName { get; init; }

    /// <summary>The content type the browser declares for the file.</summary>
    public string ContentType { get; init; } = "video/mp4";

    public string? Title { get; init; }

    /// <summary>The transcript's file name (e.g. <c>lesson.vtt</c>); no transcript when null.</summary>
    public string? TranscriptName { get; init; }

    /// <summary>The transcript's text.</summary>
    public string? TranscriptText { get; init; }
}

/// <summary>A recording the upload endpoint accepted.</summary>
public sealed record UploadedRecording(long RecordingId, string Url);

/// <summary>
/// Posts to a course's upload endpoint the way the page's form does in a browser: multipart with quoted
/// <c>name</c> and <c>filename</c> parameters, parts in form order, an empty transcript part when none is chosen,
/// the session token in the form's URL, and <c>Accept: application/json</c> as the page's script asks.
/// </summary>
public static partial class RecordingUploads
{
    /// <summary>The course a launch opened (its page is <c>/app/course/{id}</c>).</summary>
    public static long CourseIdOf(Launch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var match = CoursePath().Match(launch.Location);
        return match.Success
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The launch did not open a course page: {launch.Location}");
    }

    /// <summary>Sends the form and returns the answer as it is.</summary>
    /// <param name="client">The client.</param>
    /// <param name="launch">The session of the person uploading.</param>
    /// <param name="courseId">The course.</param>
    /// <param name="form">What the form sends.</param>
    /// <param name="expectContinue">
    /// Waits for the server's go-ahead before sending the body, so an upload refused as too large is answered instead
    /// of cut off (a server that stops reading closes the connection while the client is still sending).
    /// </param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, Launch launch, long courseId, UploadForm form, bool expectContinue = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(form);
        await using var media = File.OpenRead(form.MediaPath);
        using var content = new MultipartFormDataContent();
        content.Add(Part(new StringContent(form.Title ?? "", Encoding.UTF8), "title", fileName: null, contentType: null));
        content.Add(Part(
            new ByteArrayContent(Encoding.UTF8.GetBytes(form.TranscriptText ?? "")),
            "transcript",
            form.TranscriptName ?? "",
            form.TranscriptName is null ? "application/octet-stream" : "text/vtt"));
        content.Add(Part(new StreamContent(media), "file", form.FileName ?? Path.GetFileName(form.MediaPath), form.ContentType));

        using var request = new HttpRequestMessage(HttpMethod.Post, launch.WithToken(string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/upload")))
        {
            Content = content,
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.ExpectContinue = expectContinue;
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Uploads and returns the new recording.</summary>
    /// <exception cref="InvalidOperationException">The upload was refused; the message has the answer.</exception>
    public static async Task<UploadedRecording> UploadAsync(HttpClient client, Launch launch, long courseId, UploadForm form, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync(client, launch, courseId, form, cancellationToken: cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Uploading {form.MediaPath} was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await response.Content.ReadFromJsonAsync<UploadedRecording>(cancellationToken)
               ?? throw new InvalidOperationException("The upload answered without a recording.");
    }

    // Browsers quote the parameters (RFC 7578) and send no filename*; the server must cope with exactly that.
    private static HttpContent Part(HttpContent part, string name, string? fileName, string? contentType)
    {
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        if (fileName is not null)
        {
            part.Headers.ContentDisposition.FileName = Quote(fileName);
        }

        part.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        return part;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"/app/course/(\d+)")]
    private static partial Regex CoursePath();
}
