using Addin.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class MentorLinkConfiguration : IEntityTypeConfiguration<MentorLink>
{
    public void Configure(EntityTypeBuilder<MentorLink> builder)
    {
        builder.HasIndex(m => new { m.MentorId, m.StudentId }).IsUnique();
        builder.HasOne(m => m.Mentor).WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Student).WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
