using Addin.Core.Playback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class PlaybackEventConfiguration : IEntityTypeConfiguration<PlaybackEvent>
{
    public void Configure(EntityTypeBuilder<PlaybackEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(e => e.Recording).WithMany().HasForeignKey(e => e.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.RecordingId, e.PersonId });
    }
}

internal sealed class PlaybackProgressConfiguration : IEntityTypeConfiguration<PlaybackProgress>
{
    public void Configure(EntityTypeBuilder<PlaybackProgress> builder)
    {
        builder.Property(p => p.Watched).HasConversion(w => w.Format(), text => WatchedRanges.Parse(text));
        builder.HasOne(p => p.Recording).WithMany().HasForeignKey(p => p.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RecordingId, p.PersonId }).IsUnique();
    }
}

internal sealed class PlayerPreferenceConfiguration : IEntityTypeConfiguration<PlayerPreference>
{
    public void Configure(EntityTypeBuilder<PlayerPreference> builder)
    {
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.PersonId).ValueGeneratedNever();
        builder.Property(p => p.CaptionLanguage).HasMaxLength(35);
        builder.HasOne(p => p.Person).WithOne().HasForeignKey<PlayerPreference>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
