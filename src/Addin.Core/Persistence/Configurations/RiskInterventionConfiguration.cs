using Addin.Core.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RiskInterventionConfiguration : IEntityTypeConfiguration<RiskIntervention>
{
    public void Configure(EntityTypeBuilder<RiskIntervention> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(RiskInterventions.MaxNoteLength);
        builder.HasIndex(i => new { i.CourseId, i.StudentId });
        builder.HasOne(i => i.Course).WithMany().HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Student).WithMany().HasForeignKey(i => i.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Author).WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RiskAssessmentRecord>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
