using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class SourceCursorConfiguration : IEntityTypeConfiguration<SourceCursor>
{
    public void Configure(EntityTypeBuilder<SourceCursor> builder)
    {
        builder.HasKey(c => new { c.PlatformId, c.ProviderId });
        builder.Property(c => c.ProviderId).HasMaxLength(100);
    }
}
