using Addin.Core.Courses;
using Addin.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class CourseExternalIdConfiguration : IEntityTypeConfiguration<CourseExternalId>
{
    public void Configure(EntityTypeBuilder<CourseExternalId> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Value).HasMaxLength(300);
        builder.HasIndex(e => new { e.CourseId, e.Kind }).IsUnique();
        builder.HasIndex(e => new { e.PlatformId, e.Kind, e.Value }).IsUnique();
        builder.HasOne(e => e.Course).WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Platform>().WithMany().HasForeignKey(e => e.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}
