using Addin.Core.Transcripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class TranscriptLineConfiguration : IEntityTypeConfiguration<TranscriptLine>
{
    public void Configure(EntityTypeBuilder<TranscriptLine> builder)
    {
        builder.Property(l => l.Speaker).HasMaxLength(200);
        builder.HasIndex(l => new { l.TranscriptId, l.Index }).IsUnique();
    }
}
