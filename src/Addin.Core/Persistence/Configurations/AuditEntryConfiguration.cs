using Addin.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.TargetType).HasMaxLength(60);
        builder.Property(a => a.TargetId).HasMaxLength(200);
        builder.Property(a => a.RemoteAddress).HasMaxLength(64);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.UserAgent).HasMaxLength(AuditOrigin.MaxUserAgentLength);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.PersonId, a.At });
    }
}
