using Addin.Core.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class ToolKeyRecordConfiguration : IEntityTypeConfiguration<ToolKeyRecord>
{
    public void Configure(EntityTypeBuilder<ToolKeyRecord> builder) => builder.ToTable("LtiToolKeys");
}
