using Addin.Core.Persistence;
using Addin.Core.Recordings;
using Addin.Core.Transcripts;

namespace Addin.Data.Tests.Search;

/// <summary>Stores transcripts the way the pipeline's transcript stage does: one record per recording, its lines in order.</summary>
internal static class Transcripts
{
    public static async Task AddAsync(AddinDbContext db, Recording recording, params string[] lines)
    {
        var record = new TranscriptRecord { RecordingId = recording.Id, EngineId = "test", CreatedAt = DateTimeOffset.UnixEpoch };
        for (int i = 0; i < lines.Length; i++)
        {
            record.Lines.Add(new TranscriptLine { Index = i, StartMs = i * 5_000, EndMs = (i + 1) * 5_000, Speaker = "Teacher", Text = lines[i] });
        }

        db.Transcripts.Add(record);
        await db.SaveChangesAsync();
    }
}
