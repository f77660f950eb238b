using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Addin.Core.Audit;
using Addin.Core.Playback;
using Addin.Web.Audit;
using Addin.Web.Sessions;

namespace Addin.Web.Apis;

/// <summary>
/// The player's batches of playback events and watched parts. The page sends them as JSON every few seconds and, as it
/// closes, with <c>navigator.sendBeacon</c> (which can send no header, so the session comes in <c>?t=</c> and the
/// content type is not checked).
/// </summary>
public static partial class PlaybackApi
{
    public const int MaxBodyBytes = 64 * 1024;

    private const string Shape = "Send {\"events\":[{\"kind\":\"play|pause|seek|speed|captions\",\"position\":12.5,…}],\"watched\":[[start,end],…],\"position\":12.5} in seconds.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<PlaybackEventKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapPlaybackApi(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        app.MapGroup("/api/recordings").RequireViewer(api: true).WithTags("Recordings")
            .MapPost("/{recordingId:long}/playback", RecordAsync)
            .DisableAntiforgery()
            .WithName("RecordPlayback")
            .WithSummary("Store the viewer's playback events (play, pause, seek, speed, captions) and watched parts of the recording.");
        return app;
    }

    private static async Task<IResult> RecordAsync(
        long recordingId, HttpContext http, PlaybackRecorder recorder, AuditLog audit, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var viewer = http.Viewer();
        var (batch, error) = await ReadAsync(http.Request, cancellationToken);
        if (batch is null)
        {
            return error!;
        }

        var result = await recorder.RecordAsync(viewer.Viewer, recordingId, batch, cancellationToken);
        if (!result.Found)
        {
            await audit.RecordAsync(http.Audit(viewer, AuditActions.RecordPlayback, "recording", recordingId.ToString(CultureInfo.InvariantCulture), allowed: false), cancellationToken);
            return Results.NotFound();
        }

        if (result.Progress is not { } progress)
        {
            LogRefused(loggers.CreateLogger(typeof(PlaybackApi)), recordingId, result.Problems.Count);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The playback batch was not stored.",
                detail: string.Join(" ", result.Problems), extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
        }

        return Results.Ok(new PlaybackProgressDto(progress.WatchedSeconds, [.. progress.Watched.Ranges.Select(r => new[] { r.Start, r.End })], progress.LastPosition));
    }

    private static async Task<(PlaybackBatch? Batch, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        var buffer = new MemoryStream();
        var bytes = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(bytes, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(bytes, 0, read);
        }

        PlaybackBatchDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<PlaybackBatchDto>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Json);
        }
        catch (JsonException e)
        {
            string where = e.Path is { Length: > 1 } path ? $" at {path}" : "";
            return (null, BadRequest($"The body is not a playback batch{where}: {FirstSentence(e.Message)} {Shape}"));
        }

        if (dto is null)
        {
            return (null, BadRequest($"The body is empty. {Shape}"));
        }

        var watched = new List<TimeRange>();
        foreach (var (range, i) in (dto.Watched ?? []).Select((r, i) => (r, i)))
        {
            if (range is not { Length: 2 })
            {
                return (null, BadRequest($"watched[{i}] must be [start, end] in seconds."));
            }

            watched.Add(new TimeRange(range[0], range[1]));
        }

        var events = (dto.Events ?? []).Select(e => new PlaybackEventInput(e.Kind, e.Position, e.From, e.To, e.Speed, e.CaptionsOn, e.Language)).ToList();
        return (new PlaybackBatch(events, watched, dto.Position), null);
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The playback batch was not stored.", detail: detail);

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The playback batch is too large.",
            detail: $"Send at most {MaxBodyBytes / 1024} KiB in one batch ({PlaybackBatchValidator.MaxEvents} events, {PlaybackBatchValidator.MaxRanges} watched ranges).");

    [LoggerMessage(Level = LogLevel.Information, Message = "Playback batch for recording {RecordingId} refused: {Problems} problems")]
    private static partial void LogRefused(ILogger logger, long recordingId, int problems);
}

/// <summary>A batch as the player sends it; <see cref="Watched"/> holds [start, end] pairs in seconds.</summary>
public sealed record PlaybackBatchDto(IReadOnlyList<PlaybackEventDto>? Events, IReadOnlyList<double[]?>? Watched, double? Position);

/// <summary>One event as the player sends it.</summary>
public sealed record PlaybackEventDto([property: JsonRequired] PlaybackEventKind Kind, [property: JsonRequired] double Position, double? From, double? To, double? Speed, bool? CaptionsOn, string? Language = null);

/// <summary>The viewer's progress after the batch: seconds watched, the watched parts merged, and where playback is.</summary>
public sealed record PlaybackProgressDto(double WatchedSeconds, IReadOnlyList<double[]> Watched, double LastPosition);
