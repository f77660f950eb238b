using Addin.Core.Recordings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Addin.Core.Persistence.Configurations;

internal sealed class RecordingConfiguration : IEntityTypeConfiguration<Recording>
{
    public void Configure(EntityTypeBuilder<Recording> builder)
    {
        builder.Property(r => r.SourceProviderId).HasMaxLength(100);
        builder.Property(r => r.ExternalId).HasMaxLength(500);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.OriginalFileName).HasMaxLength(300);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.ContentClaim).HasMaxLength(64);
        builder.Property(r => r.MediaKey).HasMaxLength(300);
        builder.Property(r => r.PosterKey).HasMaxLength(300);
        builder.Property(r => r.CaptionsKey).HasMaxLength(300);
        builder.Property(r => r.CaptionTranslations).HasMaxLength(Courses.CaptionTranslationLanguages.MaxStoredLength);
        builder.Property(r => r.SourceTranscriptKey).HasMaxLength(300);
        builder.Property(r => r.AudioKey).HasMaxLength(300);
        builder.Property(r => r.PlaybackKey).HasMaxLength(300);
        builder.Property(r => r.DownloadKey).HasMaxLength(300);
        builder.Property(r => r.ThumbnailsKey).HasMaxLength(300);
        builder.Property(r => r.ThumbnailSpriteKey).HasMaxLength(300);
        builder.Property(r => r.HighlightsKey).HasMaxLength(300);
        builder.Property(r => r.HighlightCaptionsKey).HasMaxLength(300);
        builder.Property(r => r.MediaFormat).HasMaxLength(100);
        builder.Property(r => r.VideoCodec).HasMaxLength(50);
        builder.Property(r => r.AudioCodec).HasMaxLength(50);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Property(r => r.LegalHold).HasMaxLength(500);
        builder.Property(r => r.DeletedReason).HasMaxLength(500);
        builder.Property(r => r.StorageTier).HasMaxLength(20);
        builder.HasOne<People.Person>().WithMany().HasForeignKey(r => r.DeletedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.SourceProviderId, r.ExternalId }).IsUnique();
        builder.HasIndex(r => new { r.CourseId, r.ContentClaim }).IsUnique();
        builder.HasIndex(r => r.SessionId);
        builder.HasIndex(r => r.Status);
        builder.HasOne(r => r.Course).WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Session).WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RecordingId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.Duration);
        builder.Ignore(r => r.IsPlayable);
    }
}
