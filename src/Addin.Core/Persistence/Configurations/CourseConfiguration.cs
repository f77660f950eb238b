using Addin.Core.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property(c => c.ContextId).HasMaxLength(255);
        builder.Property(c => c.Key).HasMaxLength(80);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.Property(c => c.MembershipsUrl).HasMaxLength(1000);
        builder.Property(c => c.LineItemsUrl).HasMaxLength(1000);
        builder.Property(c => c.Vocabulary).HasMaxLength(CourseVocabulary.MaxStoredLength);
        builder.Property(c => c.CaptionLanguages).HasMaxLength(CaptionTranslationLanguages.MaxStoredLength);
        builder.HasIndex(c => new { c.PlatformId, c.ContextId }).IsUnique();
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasOne(c => c.Platform).WithMany().HasForeignKey(c => c.PlatformId);
        builder.HasMany(c => c.Enrollments).WithOne(e => e.Course).HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
