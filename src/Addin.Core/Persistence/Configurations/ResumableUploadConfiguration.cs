using Addin.Core.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class ResumableUploadConfiguration : IEntityTypeConfiguration<ResumableUpload>
{
    public void Configure(EntityTypeBuilder<ResumableUpload> builder)
    {
        builder.Property(u => u.Id).HasMaxLength(32);
        builder.Property(u => u.FileName).HasMaxLength(300);
        builder.Property(u => u.ContentType).HasMaxLength(200);
        builder.Property(u => u.Title).HasMaxLength(300);
        builder.Property(u => u.TranscriptName).HasMaxLength(300);
        builder.Property(u => u.Offset).IsConcurrencyToken();
        builder.Ignore(u => u.IsComplete);
        builder.HasIndex(u => u.ExpiresAt);
        builder.HasOne(u => u.Course).WithMany().HasForeignKey(u => u.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
