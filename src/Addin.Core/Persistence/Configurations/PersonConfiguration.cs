using Addin.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Subject).HasMaxLength(255);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.HasIndex(p => new { p.PlatformId, p.Subject }).IsUnique();
        builder.HasOne(p => p.Platform).WithMany().HasForeignKey(p => p.PlatformId);
        builder.Ignore(p => p.DisplayName);
    }
}
