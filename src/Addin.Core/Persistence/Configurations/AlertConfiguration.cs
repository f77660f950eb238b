using Addin.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.NotifierId).HasMaxLength(100);
        builder.Property(a => a.Recipients).HasMaxLength(4000);
        builder.Property(a => a.Subject).HasMaxLength(500);
        builder.Property(a => a.Error).HasMaxLength(2000);
        builder.HasOne(a => a.Recording).WithMany().HasForeignKey(a => a.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.CreatedAt);
    }
}
