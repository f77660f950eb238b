using Addin.Core.Briefs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        // One digest a parent and period: a repeated run, a restart or a second worker cannot send another.
        builder.HasIndex(d => new { d.ParentId, d.Until }).IsUnique();
        builder.HasOne(d => d.Parent).WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Recipient).HasMaxLength(320);
        builder.Property(d => d.NotifierId).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Error).HasMaxLength(2000);
    }
}
