using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RecordingEventConfiguration : IEntityTypeConfiguration<RecordingEvent>
{
    public void Configure(EntityTypeBuilder<RecordingEvent> builder)
    {
        builder.Property(e => e.Message).HasMaxLength(2000);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(e => new { e.RecordingId, e.At });
    }
}
