using Addin.Core.People;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RecapVersionConfiguration : IEntityTypeConfiguration<RecapVersion>
{
    public void Configure(EntityTypeBuilder<RecapVersion> builder)
    {
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Change).HasMaxLength(500);
        builder.Property(v => v.SummariserId).HasMaxLength(100);
        builder.Property(v => v.Model).HasMaxLength(200);
        builder.Property(v => v.PromptVersion).HasMaxLength(100);
        builder.HasIndex(v => new { v.RecapId, v.Number }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
