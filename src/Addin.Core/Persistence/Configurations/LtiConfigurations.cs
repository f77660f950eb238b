using Addin.Core.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class UsedNonceConfiguration : IEntityTypeConfiguration<UsedNonce>
{
    public void Configure(EntityTypeBuilder<UsedNonce> builder)
    {
        builder.ToTable("LtiUsedNonces");
        builder.HasKey(n => new { n.Issuer, n.Nonce });
        builder.Property(n => n.Issuer).HasMaxLength(500);
        builder.Property(n => n.Nonce).HasMaxLength(200);
        builder.HasIndex(n => n.ExpiresAt);
    }
}
