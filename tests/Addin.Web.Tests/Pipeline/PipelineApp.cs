using Addin.Core.Providers;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Addin for the pipeline tests: the real host on a port of its own, the instructor of Algebra 1 signed in through
/// the demo LMS, and ways to watch a recording go through the pipeline (status API, pages, database, inbox).
/// </summary>
public sealed class PipelineApp : IAsyncDisposable
{
    public const string CourseKey = "alg-101";

    private readonly Dictionary<string, Launch> launches = [];
    private readonly SemaphoreSlim launching = new(1, 1);

    private PipelineApp(AddinApp app, TestClips clips)
    {
        App = app;
        Clips = clips;
        Browser = app.CreateBrowser();
    }

    public AddinApp App { get; }

    public TestClips Clips { get; }

    public DemoBrowser Browser { get; }

    public HttpClient Http => Browser.Client;

    /// <summary>The course's watched folder.</summary>
    public string Inbox => App.Inbox(CourseKey);

    /// <summary>Starts Addin.</summary>
    /// <param name="provider">The database.</param>
    /// <param name="runJobs">
    /// False for a node without job workers or source polling: recordings are imported and queued, and the test drives
    /// discovery and the pipeline itself.
    /// </param>
    /// <param name="settings">Configuration to change, e.g. <c>Addin:Pipeline:MaxRecordingBytes</c>.</param>
    public static async Task<PipelineApp> StartAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite, bool runJobs = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clips = TestClips.GetAsync();
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!runJobs)
        {
            overrides["Addin:Jobs:WorkerCount"] = "0";
        }

        var app = await AddinApp.StartAsync(provider, overrides);
        return new PipelineApp(app, await clips);
    }

    /// <summary>
    /// Restarts the server on the same data folder and database; page sessions stay valid (their keys are in the data
    /// folder). This app is then spent: dispose it, and the new one too.
    /// </summary>
    public async Task<PipelineApp> RestartAsync()
    {
        var restarted = new PipelineApp(await App.RestartAsync(), Clips);
        foreach (var (persona, launch) in launches)
        {
            restarted.launches[persona] = launch;
        }

        return restarted;
    }

    /// <summary>A page session of a demo persona, launched once through the demo LMS.</summary>
    public async Task<Launch> LaunchAsync(string persona = "instructor")
    {
        await launching.WaitAsync();
        try
        {
            if (!launches.TryGetValue(persona, out var launch))
            {
                using var browser = App.CreateBrowser();
                launch = await browser.LaunchAsync(persona);
                launches[persona] = launch;
            }

            return launch;
        }
        finally
        {
            launching.Release();
        }
    }

    public async Task<long> CourseIdAsync() => RecordingUploads.CourseIdOf(await LaunchAsync());

    /// <summary>Uploads as the instructor.</summary>
    public async Task<UploadedRecording> UploadAsync(UploadForm form) =>
        await RecordingUploads.UploadAsync(Http, await LaunchAsync(), await CourseIdAsync(), form);

    /// <summary>Sends the upload form as the instructor and returns the answer.</summary>
    public async Task<HttpResponseMessage> PostUploadAsync(UploadForm form, bool expectContinue = false) =>
        await RecordingUploads.PostAsync(Http, await LaunchAsync(), await CourseIdAsync(), form, expectContinue);

    /// <summary>The status API's answer for the instructor.</summary>
    public async Task<RecordingStatusView> StatusAsync(long recordingId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{recordingId}/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await LaunchAsync()).Token);
        using var response = await Http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<RecordingStatusView>(cancellationToken)
               ?? throw new InvalidOperationException("The status API answered nothing.");
    }

    /// <summary>Polls the status API until the recording is ready, failed or a duplicate.</summary>
    public Task<RecordingStatusView> WaitUntilDoneAsync(long recordingId) =>
        WaitFor.ValueAsync(
            ct => StatusAsync(recordingId, ct),
            s => s.Status is nameof(RecordingStatus.Ready) or nameof(RecordingStatus.Failed) or nameof(RecordingStatus.Duplicate),
            $"recording {recordingId} to finish the pipeline");

    /// <summary>The recording's page as a persona sees it.</summary>
    public async Task<(HttpResponseMessage Response, RecordingPageView Page)> GetPageAsync(long recordingId, string persona = "instructor")
    {
        var launch = await LaunchAsync(persona);
        var response = await Http.GetAsync(launch.WithToken($"/app/recording/{recordingId}"));
        return (response, new RecordingPageView(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The recording's page as the instructor sees it; fails unless it answers 200.</summary>
    public async Task<RecordingPageView> PageAsync(long recordingId)
    {
        var (response, page) = await GetPageAsync(recordingId);
        using (response)
        {
            return response.IsSuccessStatusCode
                ? page
                : throw new InvalidOperationException($"The page of recording {recordingId} answered {(int)response.StatusCode}: {page.Html}");
        }
    }

    /// <summary>Runs a query on the app's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<AddinDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AddinDbContext>());
    }

    /// <summary>The recording as stored, with its events in order.</summary>
    public Task<Recording> RecordingAsync(long recordingId) =>
        QueryAsync(db => db.Recordings.AsNoTracking().Include(r => r.Events.OrderBy(e => e.Id)).SingleAsync(r => r.Id == recordingId));

    /// <summary>The bytes of a stored file of a recording, read through the platform's media store.</summary>
    public async Task<byte[]> StoredBytesAsync(long recordingId, Func<Recording, string?> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var recording = await RecordingAsync(recordingId);
        long platformId = await QueryAsync(db => db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.PlatformId).SingleAsync());
        var store = await App.Services.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(platformId, CancellationToken.None);
        await using var stream = await store.Provider.OpenReadAsync(key(recording) ?? throw new InvalidOperationException("the recording has no such file"), CancellationToken.None);
        using var bytes = new MemoryStream();
        await stream!.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    /// <summary>The file the player is given: the browser MP4 when there is one, otherwise the original.</summary>
    public Task<byte[]> PlayerBytesAsync(long recordingId) => StoredBytesAsync(recordingId, r => r.PlaybackKey ?? r.MediaKey);

    /// <summary>Waits until a recording from a file of this name exists, and returns its id.</summary>
    public Task<long> WaitForImportAsync(string fileName, TimeSpan? timeout = null) =>
        WaitFor.ValueAsync(
            ct => QueryAsync(db => db.Recordings.Where(r => r.OriginalFileName == fileName).Select(r => r.Id).SingleOrDefaultAsync(ct)),
            id => id != 0,
            $"a recording of '{fileName}' to be imported from the watched folder",
            timeout);

    /// <summary>
    /// Puts a file into the course's watched folder the way a finished copy arrives: companions first, the media file
    /// last, each written aside and renamed into place.
    /// </summary>
    public string Drop(string mediaSource, string fileName, params (string Extension, string Content)[] companions)
    {
        Directory.CreateDirectory(Inbox);
        string stem = Path.GetFileNameWithoutExtension(fileName);
        foreach (var (extension, content) in companions)
        {
            string temp = Path.Combine(Inbox, $".drop-{Guid.NewGuid():N}");
            File.WriteAllText(temp, content);
            File.Move(temp, Path.Combine(Inbox, stem + extension));
        }

        string target = Path.Combine(Inbox, fileName);
        string partial = Path.Combine(Inbox, $".drop-{Guid.NewGuid():N}");
        File.Copy(mediaSource, partial);
        File.Move(partial, target);
        return target;
    }

    /// <summary>A file of the course's outcome folder (<c>.imported</c>, <c>.rejected</c>, <c>.duplicates</c>).</summary>
    public string Outcome(string folder, string fileName) => Path.Combine(Inbox, folder, fileName);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        launching.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The status API's answer.</summary>
public sealed record RecordingStatusView(long Id, string Stage, string Status, int Progress, string? Error)
{
    [JsonIgnore]
    public bool IsReady => Status == nameof(RecordingStatus.Ready);
}
