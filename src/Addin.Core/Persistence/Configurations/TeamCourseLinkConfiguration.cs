using Addin.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class TeamCourseLinkConfiguration : IEntityTypeConfiguration<TeamCourseLink>
{
    public void Configure(EntityTypeBuilder<TeamCourseLink> builder)
    {
        builder.Property(l => l.TenantId).HasMaxLength(64);
        builder.Property(l => l.TeamId).HasMaxLength(200);
        builder.HasIndex(l => new { l.TenantId, l.TeamId }).IsUnique();
        builder.HasOne(l => l.Course).WithMany().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
