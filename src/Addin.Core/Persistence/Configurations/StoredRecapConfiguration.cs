using Addin.Core.People;
using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class StoredRecapConfiguration : IEntityTypeConfiguration<StoredRecap>
{
    public void Configure(EntityTypeBuilder<StoredRecap> builder)
    {
        builder.ToTable("Recaps");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(r => r.RecordingId).IsUnique();
        builder.HasIndex(r => r.Status);
        builder.HasOne<Recording>().WithMany().HasForeignKey(r => r.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RecapId).OnDelete(DeleteBehavior.Cascade);
    }
}
