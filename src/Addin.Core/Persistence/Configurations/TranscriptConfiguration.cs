using Addin.Core.Transcripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class TranscriptConfiguration : IEntityTypeConfiguration<TranscriptRecord>
{
    public void Configure(EntityTypeBuilder<TranscriptRecord> builder)
    {
        builder.ToTable("Transcripts");
        builder.Property(t => t.EngineId).HasMaxLength(100);
        builder.Property(t => t.Language).HasMaxLength(35);
        builder.HasIndex(t => t.RecordingId).IsUnique();
        builder.HasOne<Recordings.Recording>().WithMany().HasForeignKey(t => t.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TranscriptId).OnDelete(DeleteBehavior.Cascade);
    }
}
