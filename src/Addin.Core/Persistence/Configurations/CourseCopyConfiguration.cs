using Addin.Core.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class CourseCopyConfiguration : IEntityTypeConfiguration<CourseCopy>
{
    public void Configure(EntityTypeBuilder<CourseCopy> builder)
    {
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.CourseId, c.SourceCourseId }).IsUnique();
        builder.HasOne(c => c.Course).WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.SourceCourse).WithMany().HasForeignKey(c => c.SourceCourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
