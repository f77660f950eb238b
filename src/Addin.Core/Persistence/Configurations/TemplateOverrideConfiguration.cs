using Addin.Core.Institutions;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class TemplateOverrideConfiguration : IEntityTypeConfiguration<TemplateOverride>
{
    public void Configure(EntityTypeBuilder<TemplateOverride> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(50);
        builder.Property(t => t.Source).HasMaxLength(LiquidTemplates.MaxSourceLength);
        builder.HasIndex(t => new { t.PlatformId, t.Name }).IsUnique();
        builder.HasOne<Platform>().WithMany().HasForeignKey(t => t.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
