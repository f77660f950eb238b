using Addin.Core.Courses;
using Addin.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class SessionSeriesConfiguration : IEntityTypeConfiguration<SessionSeries>
{
    public void Configure(EntityTypeBuilder<SessionSeries> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.Property(s => s.Recurrence).HasMaxLength(200);
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
