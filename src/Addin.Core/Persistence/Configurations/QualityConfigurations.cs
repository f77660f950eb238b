using Addin.Core.People;
using Addin.Core.Quality;
using Addin.Core.Recordings;
using Addin.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class QualityFlagConfiguration : IEntityTypeConfiguration<QualityFlag>
{
    public void Configure(EntityTypeBuilder<QualityFlag> builder)
    {
        builder.Property(f => f.Evidence).HasMaxLength(2000);
        builder.Property(f => f.ReviewNote).HasMaxLength(2000);
        builder.HasOne(f => f.Session).WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Recording>().WithMany().HasForeignKey(f => f.RecordingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.ReviewedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.SessionId, f.Kind }).IsUnique();
        builder.HasIndex(f => new { f.Status, f.Kind });
    }
}

internal sealed class QualityCheckConfiguration : IEntityTypeConfiguration<QualityCheck>
{
    public void Configure(EntityTypeBuilder<QualityCheck> builder)
    {
        builder.HasKey(c => c.SessionId);
        builder.Property(c => c.SessionId).ValueGeneratedNever();
        builder.HasOne<Session>().WithOne().HasForeignKey<QualityCheck>(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TopicCoverageConfiguration : IEntityTypeConfiguration<TopicCoverage>
{
    public void Configure(EntityTypeBuilder<TopicCoverage> builder)
    {
        builder.Property(c => c.TopicId).HasMaxLength(200);
        builder.HasOne<Session>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SessionId, c.TopicId }).IsUnique();
    }
}
