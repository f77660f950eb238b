using Addin.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Slug).HasMaxLength(64);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.HasMany(i => i.Platforms).WithOne(p => p.Institution).HasForeignKey(p => p.InstitutionId);
    }
}
