using System.Globalization;
using System.Text;
using Addin.Sdk.Recordings;
using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Folder;

/// <summary>
/// Imports media files from <c>&lt;inbox&gt;/&lt;courseKey&gt;/</c> (see <see cref="Inbox"/>) and keeps uploads there too.
/// A file is found once it and its companions have been unchanged for the settle time; after the import it moves to
/// <c>.imported/</c>, <c>.duplicates/</c> or <c>.rejected/</c> in its course folder. Nothing is ever deleted or overwritten.
/// </summary>
/// <remarks>
/// Discovery lists what is in the folders now, so it needs no cursor (<see cref="DiscoveryPage.NextCursor"/> stays null).
/// A recording's external id is its course and file name plus its size and last-write time, so a file replaced under
/// the same name is a new recording.
/// </remarks>
public sealed class FolderRecordingSource : IUploadRecordingSource, IDropFolderSource
{
    /// <summary>Property set when the metadata sidecar could not be read; the value says why and what to do.</summary>

    /// <summary>Property set when the file's extension is not among the expected ones; the value is the extension (empty when none).</summary>
    public const string UnsupportedExtensionProperty = "unsupportedExtension";

    private const string LastWriteProperty = "lastWriteUtcTicks";

    private readonly Inbox _inbox;
    private readonly FolderSourceSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal FolderRecordingSource(Inbox inbox, FolderSourceSettings settings, TimeProvider time, ILogger logger)
    {
        _inbox = inbox;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    public string? GetDropFolder(string courseKey) => _inbox.CourseFolder(courseKey);

    /// <inheritdoc/>
    /// <remarks>Creates missing course folders, so people can see where to drop files.</remarks>
    public async Task<DiscoveryPage> DiscoverAsync(SourceScope scope, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = new List<RecordingReference>();
        var now = _time.GetUtcNow();
        foreach (var course in scope.Courses)
        {
            if (_inbox.CourseFolder(course.CourseKey) is not { } folder)
            {
                FolderLog.UnusableCourseKey(_logger, course.CourseKey, _inbox.Root);
                continue;
            }

            Directory.CreateDirectory(folder);
            string[] files = Directory.GetFiles(folder);
            foreach (string path in files.Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith('.') || Inbox.IsCompanion(name))
                {
                    continue;
                }

                var companions = Inbox.Companions(files, Path.GetFileNameWithoutExtension(name));
                var media = new FileInfo(path);
                if (IsSettled(media, companions, now))
                {
                    found.Add(await DescribeAsync(course.CourseKey, media, companions, cancellationToken));
                }
            }
        }

        return new DiscoveryPage { Recordings = found };
    }

    /// <inheritdoc/>
    /// <exception cref="FileNotFoundException">The file was moved or deleted since it was found.</exception>
    /// <exception cref="IOException">The file was replaced since it was found; it will be found again as a new recording.</exception>
    public async Task<SourceMedia> OpenMediaAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        var media = Locate(recording);
        FileStream stream;
        try
        {
            stream = new FileStream(media.FullName, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (FileNotFoundException ex)
        {
            throw new FileNotFoundException($"{media.FullName} is gone: it was moved or deleted after it was found.", media.FullName, ex);
        }

        media.Refresh();
        if (!IsSameFile(media, recording))
        {
            await stream.DisposeAsync();
            throw new IOException($"{media.FullName} was replaced after it was found; the new file will be found as a new recording.");
        }

        return new SourceMedia(stream, media.Name, MediaTypes.Of(media.Extension), media.Length);
    }

    /// <inheritdoc/>
    public async Task<TranscriptFile?> OpenTranscriptAsync(RecordingReference recording, CancellationToken cancellationToken)
    {
        var media = Locate(recording);
        if (Inbox.Transcript(Inbox.Companions(Directory.GetFiles(media.DirectoryName!), Stem(media))) is not { } path)
        {
            return null;
        }

        return new TranscriptFile
        {
            Format = Path.GetExtension(path)[1..].ToLowerInvariant(),
            Content = await File.ReadAllTextAsync(path, cancellationToken),
            Origin = $"{recording.CourseKey}/{Path.GetFileName(path)}",
        };
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Moves the media file and its companions into the outcome folder, adding " (n)" to the name if it is taken. A file
    /// already moved is left alone (completing twice is harmless); a file replaced since it was found stays in place.
    /// The <paramref name="detail"/>, when given, is written beside the moved file as <c>&lt;name&gt;.reason.txt</c>, so
    /// whoever looks in <c>.rejected/</c> or <c>.duplicates/</c> learns why.
    /// </remarks>
    public async Task CompleteAsync(RecordingReference recording, ImportOutcome outcome, string? detail, CancellationToken cancellationToken)
    {
        var media = Locate(recording);
        if (!media.Exists)
        {
            return;
        }

        if (!IsSameFile(media, recording))
        {
            FolderLog.ChangedBeforeCompletion(_logger, media.FullName, outcome);
            return;
        }

        string folder = media.DirectoryName!;
        string target = Inbox.OutcomeFolder(folder, outcome);
        Directory.CreateDirectory(target);
        var files = Inbox.Companions(Directory.GetFiles(folder), Stem(media))
            .Select(c => (c, Path.GetExtension(c)))
            .Append((media.FullName, media.Extension))
            .ToList();
        string stem = FileGroup.Move(files, target, Stem(media));
        if (!string.IsNullOrWhiteSpace(detail))
        {
            await File.WriteAllTextAsync(Path.Combine(target, stem + ".reason.txt"), detail + Environment.NewLine, cancellationToken);
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The upload is streamed to a hidden temporary file in the course folder, reaches the disk, and is then renamed to
    /// a safe, unused name made from the browser's file name, so discovery never sees a partial file. A transcript is
    /// written beside it, and a title as a metadata sidecar, before the media file appears.
    /// </remarks>
    /// <exception cref="ArgumentException">The course key cannot be a folder name, the file is a transcript or metadata file, or the transcript is neither WebVTT nor SRT.</exception>
    public async Task<RecordingReference> AcceptUploadAsync(RecordingUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string folder = _inbox.CourseFolder(upload.CourseKey)
                        ?? throw new ArgumentException($"Course key '{upload.CourseKey}' cannot be used as a folder name.", nameof(upload));
        var (stem, extension) = UploadFileName.Sanitise(upload.FileName);
        if (Inbox.IsCompanion(stem + extension))
        {
            throw new ArgumentException($"'{upload.FileName}' is a {extension} file, which this source keeps beside a recording, not as one.", nameof(upload));
        }

        string? transcriptExtension = upload.Transcript?.Format.ToLowerInvariant() switch
        {
            null => null,
            "vtt" or "srt" => "." + upload.Transcript.Format.ToLowerInvariant(),
            _ => throw new ArgumentException($"The transcript format '{upload.Transcript.Format}' is not supported; upload WebVTT (.vtt) or SRT (.srt).", nameof(upload)),
        };

        Directory.CreateDirectory(folder);
        var temporary = new List<string>();
        try
        {
            string mediaTemp = await WriteTemporaryAsync(folder, temporary, s => upload.Media.CopyToAsync(s, cancellationToken), cancellationToken);
            var files = new List<(string Source, string Extension)>();
            if (upload.Transcript is { } transcript)
            {
                files.Add((await WriteTemporaryAsync(folder, temporary, s => s.WriteAsync(Encoding.UTF8.GetBytes(transcript.Content), cancellationToken).AsTask(), cancellationToken), transcriptExtension!));
            }

            if (upload.Title is { Length: > 0 } title)
            {
                files.Add((await WriteTemporaryAsync(folder, temporary, s => new Sidecar { Title = title }.WriteAsync(s, cancellationToken), cancellationToken), Inbox.SidecarExtension));
            }

            files.Add((mediaTemp, extension));
            cancellationToken.ThrowIfCancellationRequested();
            string placed = FileGroup.Move(files, folder, stem);
            var media = new FileInfo(Path.Combine(folder, placed + extension));
            var reference = await DescribeAsync(upload.CourseKey, media, Inbox.Companions(Directory.GetFiles(folder), placed), cancellationToken);

            // What the browser declared is what is known of this file's content, so the host can refuse a file sent
            // as text (the extension alone would pass it on as video).
            return string.IsNullOrWhiteSpace(upload.ContentType) ? reference : reference with { ContentType = upload.ContentType };
        }
        finally
        {
            // What was renamed into place is no longer here; what is here was not kept.
            temporary.ForEach(File.Delete);
        }
    }

    private bool IsSettled(FileInfo media, IReadOnlyList<string> companions, DateTimeOffset now) =>
        media.Exists && companions.Select(c => new FileInfo(c)).Append(media).All(f => now - new DateTimeOffset(f.LastWriteTimeUtc) >= _settings.SettleTime);

    private async Task<RecordingReference> DescribeAsync(string courseKey, FileInfo media, IReadOnlyList<string> companions, CancellationToken cancellationToken)
    {
        var (sidecar, sidecarProblem) = await Sidecar.ReadAsync(Inbox.Sidecar(companions), cancellationToken);
        string lastWrite = media.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { [LastWriteProperty] = lastWrite };
        if (!_settings.Extensions.Contains(media.Extension, StringComparer.OrdinalIgnoreCase))
        {
            properties[UnsupportedExtensionProperty] = media.Extension;
        }

        return new RecordingReference
        {
            ExternalId = $"{courseKey}/{media.Name}|{media.Length}|{lastWrite}",
            CourseKey = courseKey,
            Title = sidecar?.Title ?? Stem(media),
            StartedAt = sidecar?.StartedAt,
            EndedAt = sidecar?.EndedAt,
            FileName = media.Name,
            ContentType = MediaTypes.Of(media.Extension),
            Length = media.Length,
            Participants = sidecar?.Participants ?? [],
            HasTranscript = Inbox.Transcript(companions) is not null,
            Properties = properties,
            Problems = sidecarProblem is null ? [] : [sidecarProblem],
        };
    }

    // The reference comes back from the host's database: check it still names a file of this inbox, nothing else.
    private FileInfo Locate(RecordingReference recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        string name = recording.FileName;
        bool plainName = name.Length > 0 && name[0] != '.' && name.IndexOfAny(['/', '\\']) < 0 && Path.GetFileName(name) == name;
        if (recording.CourseKey is null || _inbox.CourseFolder(recording.CourseKey) is not { } folder || !plainName)
        {
            throw new ArgumentException($"'{recording.ExternalId}' is not a recording of the folder source.", nameof(recording));
        }

        return new FileInfo(Path.Combine(folder, name));
    }

    private static bool IsSameFile(FileInfo media, RecordingReference recording) =>
        media.Exists && media.Length == recording.Length &&
        recording.Properties.TryGetValue(LastWriteProperty, out string? ticks) &&
        ticks == media.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);

    private static string Stem(FileInfo media) => Path.GetFileNameWithoutExtension(media.Name);

    private static async Task<string> WriteTemporaryAsync(string folder, List<string> temporary, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        // A leading dot keeps it out of discovery until it is renamed.
        string path = Path.Combine(folder, $".upload-{Guid.NewGuid():N}.tmp");
        temporary.Add(path);
        await using var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous });
        await write(file);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
        return path;
    }
}
