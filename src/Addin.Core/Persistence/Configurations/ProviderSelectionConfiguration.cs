using Addin.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class ProviderSelectionConfiguration : IEntityTypeConfiguration<ProviderSelection>
{
    public void Configure(EntityTypeBuilder<ProviderSelection> builder)
    {
        builder.Property(s => s.ProviderId).HasMaxLength(100);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(s => new { s.PlatformId, s.Kind, s.Order }).IsUnique();
    }
}
