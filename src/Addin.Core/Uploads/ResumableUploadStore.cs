using System.Security.Cryptography;
using Addin.Core.Persistence;
using Addin.Core.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Core.Uploads;

/// <summary>
/// Resumable uploads: the row in the database and the partial file on the scratch disk. The bytes are streamed to
/// the file (never held in memory), and the row's offset moves only after they are flushed to disk, so after a crash
/// the file is cut back to the offset and the upload continues from there.
/// </summary>
public sealed class ResumableUploadStore(AddinDbContext db, PipelinePaths paths, IOptions<PipelineOptions> options, TimeProvider time)
{
    private const int BufferSize = 128 * 1024;

    /// <summary>Starts an upload (an empty file) and returns it with its new id.</summary>
    public async Task<ResumableUpload> StartAsync(ResumableUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var now = time.GetUtcNow();
        upload.Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        upload.Offset = 0;
        upload.CreatedAt = now;
        upload.ExpiresAt = now + options.Value.AbandonedUploadExpiry;
        Directory.CreateDirectory(paths.Uploads);
        await File.WriteAllBytesAsync(PartialFile(upload.Id), [], cancellationToken);
        db.ResumableUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return upload;
    }

    /// <summary>The upload of this id, or null when there is none (never was, finished, cancelled or expired).</summary>
    public async Task<ResumableUpload?> FindAsync(string id, CancellationToken cancellationToken) =>
        IsId(id) ? await db.ResumableUploads.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) : null;

    /// <summary>
    /// Appends a piece at the upload's offset. A piece cut off by the network keeps what arrived; a piece that goes past
    /// the declared length keeps nothing of itself.
    /// </summary>
    /// <param name="upload">The upload, as found (its offset is where the piece starts).</param>
    /// <param name="piece">The bytes.</param>
    /// <param name="cancellationToken">The request's; when it is cancelled, what arrived is still kept.</param>
    public async Task<AppendOutcome> AppendAsync(ResumableUpload upload, Stream piece, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(piece);
        long start = upload.Offset;
        FileStream file;
        try
        {
            // FileShare.None: a second piece sent at the same time cannot interleave its bytes with this one's.
            file = new FileStream(PartialFile(upload.Id), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        }
        catch (IOException)
        {
            return AppendOutcome.Busy;
        }

        await using (file)
        {
            // The offset is read again under the file's lock (held until the new offset is saved): a piece that was
            // received meanwhile has moved it, and this one, sent for the old offset, must not overwrite it.
            await db.Entry(upload).ReloadAsync(cancellationToken);
            if (db.Entry(upload).State == EntityState.Detached || upload.Offset != start)
            {
                return AppendOutcome.Busy;
            }

            // Bytes past the recorded offset were written by a piece whose offset was never saved (a crash): drop them.
            file.SetLength(start);
            file.Position = start;
            var (kept, interrupted) = await CopyAsync(piece, file, upload.Length - start, cancellationToken);
            if (kept < 0)
            {
                file.SetLength(start);
                return AppendOutcome.TooLong;
            }

            await file.FlushAsync(CancellationToken.None);
            file.Flush(flushToDisk: true);
            upload.Offset = start + kept;
            upload.ExpiresAt = time.GetUtcNow() + options.Value.AbandonedUploadExpiry;
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                file.SetLength(start);
                return AppendOutcome.Busy;
            }

            return interrupted ? AppendOutcome.Interrupted : AppendOutcome.Appended;
        }
    }

    /// <summary>
    /// Copies at most <paramref name="remaining"/> bytes; returns how many, or -1 when the piece has more. A connection
    /// that drops mid-piece ends the copy with what arrived.
    /// </summary>
    private static async Task<(long Kept, bool Interrupted)> CopyAsync(Stream piece, FileStream file, long remaining, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long kept = 0;
        try
        {
            while (true)
            {
                // One byte more than may come, to notice a piece that goes past the declared length.
                int read = await piece.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining - kept + 1)), cancellationToken);
                if (read == 0)
                {
                    return (kept, false);
                }

                if (kept + read > remaining)
                {
                    return (-1, false);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
                kept += read;
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The connection dropped mid-piece: keep what arrived, so the client resumes after it.
            return (kept, true);
        }
    }

    /// <summary>Reads the whole file of a complete upload.</summary>
    public Stream OpenRead(ResumableUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new FileStream(PartialFile(upload.Id), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>Forgets an upload and deletes its file (finished, cancelled or expired).</summary>
    public async Task RemoveAsync(ResumableUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        db.ResumableUploads.Remove(upload);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(PartialFile(upload.Id));
    }

    /// <summary>
    /// Deletes the uploads that have waited longer than <see cref="PipelineOptions.AbandonedUploadExpiry"/> for their
    /// next piece, and partial files that no upload owns any more; returns how many uploads were given up.
    /// </summary>
    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = await db.ResumableUploads.Where(u => u.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var upload in expired)
        {
            await RemoveAsync(upload, cancellationToken);
        }

        if (Directory.Exists(paths.Uploads))
        {
            var known = (await db.ResumableUploads.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var cutoff = (now - options.Value.AbandonedUploadExpiry).UtcDateTime;
            foreach (var orphan in new DirectoryInfo(paths.Uploads).EnumerateFiles("*.part")
                         .Where(f => !known.Contains(Path.GetFileNameWithoutExtension(f.Name)) && f.LastWriteTimeUtc <= cutoff))
            {
                orphan.Delete();
            }
        }

        return expired.Count;
    }

    /// <summary>Whether the upload's partial file exists (for tests and health).</summary>
    public bool HasPartialFile(string id) => IsId(id) && File.Exists(PartialFile(id));

    // The id comes from a URL: only 32 hex digits ever make a path.
    private static bool IsId(string id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private string PartialFile(string id) =>
        IsId(id) ? Path.Combine(paths.Uploads, id + ".part") : throw new ArgumentException($"'{id}' is not an upload id.", nameof(id));
}

/// <summary>What became of a piece sent to a resumable upload.</summary>
public enum AppendOutcome
{
    /// <summary>All of it was kept.</summary>
    Appended,

    /// <summary>The connection dropped; what arrived was kept.</summary>
    Interrupted,

    /// <summary>It went past the declared length; none of it was kept.</summary>
    TooLong,

    /// <summary>Another piece of the same upload was being received; none of this one was kept.</summary>
    Busy,
}
