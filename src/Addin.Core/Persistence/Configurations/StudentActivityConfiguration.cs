using Addin.Core.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class StudentActivityConfiguration : IEntityTypeConfiguration<StudentActivity>
{
    public void Configure(EntityTypeBuilder<StudentActivity> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        // Imported facts are one per day; session facts one per session. Both databases treat NULLs in a unique index as
        // distinct, so each key gets its own filtered index (the filter's quoting reads the same in SQLite and PostgreSQL).
        builder.HasIndex(a => new { a.CourseId, a.PersonId, a.Date, a.Kind }).IsUnique().HasFilter("\"SessionId\" IS NULL");
        builder.HasIndex(a => new { a.SessionId, a.PersonId, a.Kind }).IsUnique().HasFilter("\"SessionId\" IS NOT NULL");
        builder.HasOne(a => a.Course).WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
