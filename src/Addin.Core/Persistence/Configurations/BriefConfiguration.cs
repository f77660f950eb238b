using Addin.Core.Briefs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class BriefConfiguration : IEntityTypeConfiguration<Brief>
{
    public void Configure(EntityTypeBuilder<Brief> builder)
    {
        // One brief a session: a second generator run (or a second worker) cannot write another.
        builder.HasIndex(b => b.SessionId).IsUnique();
        builder.HasOne(b => b.Session).WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Recipient).WithMany().HasForeignKey(b => b.RecipientId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(b => b.DeliveryError).HasMaxLength(2000);
    }
}
