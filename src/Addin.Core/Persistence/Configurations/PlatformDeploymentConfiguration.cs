using Addin.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class PlatformDeploymentConfiguration : IEntityTypeConfiguration<PlatformDeployment>
{
    public void Configure(EntityTypeBuilder<PlatformDeployment> builder)
    {
        builder.Property(d => d.DeploymentId).HasMaxLength(255);
        builder.HasIndex(d => new { d.PlatformId, d.DeploymentId }).IsUnique();
    }
}
