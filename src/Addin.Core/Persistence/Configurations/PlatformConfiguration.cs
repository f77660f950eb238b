using Addin.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Issuer).HasMaxLength(500);
        builder.Property(p => p.ClientId).HasMaxLength(200);
        builder.Property(p => p.AuthorizationEndpoint).HasMaxLength(1000);
        builder.Property(p => p.JwksUri).HasMaxLength(1000);
        builder.Property(p => p.TokenEndpoint).HasMaxLength(1000);
        builder.Property(p => p.AuthorizationServer).HasMaxLength(1000);
        builder.Property(p => p.AutomaticImport).HasConversion<string>().HasMaxLength(20).HasDefaultValue(AutomaticImport.AllCourses);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.Issuer, p.ClientId }).IsUnique();
        builder.HasMany(p => p.Deployments).WithOne().HasForeignKey(d => d.PlatformId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Providers).WithOne().HasForeignKey(s => s.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
