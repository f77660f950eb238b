using Addin.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class ReviewSubmissionConfiguration : IEntityTypeConfiguration<ReviewSubmission>
{
    public void Configure(EntityTypeBuilder<ReviewSubmission> builder)
    {
        builder.Property(s => s.LineItemUrl).HasMaxLength(1000);
        builder.Property(s => s.ScoreError).HasMaxLength(2000);
        builder.HasOne(s => s.Recording).WithMany().HasForeignKey(s => s.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RecordingId, s.PersonId }).IsUnique();
    }
}
