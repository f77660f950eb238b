using Addin.Core.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RiskAssessmentRecordConfiguration : IEntityTypeConfiguration<RiskAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<RiskAssessmentRecord> builder)
    {
        builder.ToTable("RiskAssessments");
        builder.Property(a => a.ModelId).HasMaxLength(64);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.FactorsJson).HasMaxLength(8000);
        builder.Property(a => a.AlertProblem).HasMaxLength(2000);
        builder.HasIndex(a => new { a.CourseId, a.PersonId, a.AssessedAt });
        builder.HasOne(a => a.Course).WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
