using Addin.Core.Highlights;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class HighlightClipConfiguration : IEntityTypeConfiguration<HighlightClip>
{
    public void Configure(EntityTypeBuilder<HighlightClip> builder)
    {
        builder.HasIndex(c => c.RecordingId).IsUnique();
        builder.HasOne<Recording>().WithMany().HasForeignKey(c => c.RecordingId).OnDelete(DeleteBehavior.Cascade);
    }
}
