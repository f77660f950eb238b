using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RetentionPolicyConfiguration : IEntityTypeConfiguration<RetentionPolicy>
{
    public void Configure(EntityTypeBuilder<RetentionPolicy> builder)
    {
        builder.Property(p => p.Tier).HasMaxLength(20);
        builder.HasIndex(p => new { p.PlatformId, p.CourseId }).IsUnique();
        builder.HasOne<Platform>().WithMany().HasForeignKey(p => p.PlatformId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
