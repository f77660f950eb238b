using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Recaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class CurriculumPlanConfiguration : IEntityTypeConfiguration<CurriculumPlan>
{
    public void Configure(EntityTypeBuilder<CurriculumPlan> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.HasIndex(p => p.CourseId).IsUnique();
        builder.HasOne<Course>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.ImportedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Topics).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CurriculumPlanTopicConfiguration : IEntityTypeConfiguration<CurriculumPlanTopic>
{
    public void Configure(EntityTypeBuilder<CurriculumPlanTopic> builder)
    {
        builder.Property(t => t.TopicId).HasMaxLength(200);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Keywords).HasMaxLength(4000);
        builder.HasIndex(t => new { t.PlanId, t.TopicId }).IsUnique();
    }
}
