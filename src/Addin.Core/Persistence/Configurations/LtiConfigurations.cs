using Addin.Core.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class LoginStateConfiguration : IEntityTypeConfiguration<LoginStateRecord>
{
    public void Configure(EntityTypeBuilder<LoginStateRecord> builder)
    {
        builder.ToTable("LtiLoginStates");
        builder.HasKey(s => s.State);
        builder.Property(s => s.State).HasMaxLength(100);
        builder.Property(s => s.Nonce).HasMaxLength(100);
        builder.Property(s => s.RegistrationKey).HasMaxLength(64);
        builder.Property(s => s.Issuer).HasMaxLength(500);
        builder.Property(s => s.ClientId).HasMaxLength(200);
        builder.Property(s => s.TargetLinkUri).HasMaxLength(1000);
        builder.Property(s => s.StorageTarget).HasMaxLength(100);
        builder.HasIndex(s => s.ExpiresAt);
    }
}

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
