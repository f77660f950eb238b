using Addin.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.HasIndex(s => new { s.CourseId, s.StartsAt });
        builder.HasOne(s => s.Course).WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Instructor).WithMany().HasForeignKey(s => s.InstructorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Substitute).WithMany().HasForeignKey(s => s.SubstituteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Series).WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.HasIndex(s => s.StartsAt);
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
