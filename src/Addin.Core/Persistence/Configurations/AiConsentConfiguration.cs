using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class AiConsentConfiguration : IEntityTypeConfiguration<AiConsent>
{
    public void Configure(EntityTypeBuilder<AiConsent> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        // One platform-wide record (no course) a platform, and one record a course.
        builder.HasIndex(c => c.PlatformId).IsUnique().HasFilter("\"CourseId\" IS NULL");
        builder.HasIndex(c => c.CourseId).IsUnique();
        builder.HasOne<Platform>().WithMany().HasForeignKey(c => c.PlatformId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
