using Addin.Core.Lti;
using Addin.Core.Recordings;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests;

/// <summary>The database enforces what the code relies on under concurrency, on both engines.</summary>
public sealed class ConstraintTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recordings_SameSourceIdTwice_IsRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var copy = Clone(school.ClassRecording, claim: null);

        db.Recordings.Add(copy);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recordings_SameContentClaimedTwiceInACourse_IsRejected_ButUnclaimedCopiesAreFine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        school.ClassRecording.ContentClaim = new string('a', 64);
        await db.SaveChangesAsync();

        db.Recordings.Add(Clone(school.ClassRecording, claim: null, externalId: "copy-1"));
        db.Recordings.Add(Clone(school.ClassRecording, claim: null, externalId: "copy-2"));
        await db.SaveChangesAsync();
        db.Recordings.Add(Clone(school.ClassRecording, claim: new string('a', 64), externalId: "copy-3"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task UsedNonces_SameNonceTwice_IsRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var expires = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        await using (var first = database.CreateContext())
        {
            first.UsedNonces.Add(new UsedNonce { Issuer = "https://lms", Nonce = "n-1", ExpiresAt = expires });
            await first.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        second.UsedNonces.Add(new UsedNonce { Issuer = "https://lms", Nonce = "n-1", ExpiresAt = expires });

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Timestamps_RoundTripAndOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var later = new DateTimeOffset(2026, 10, 1, 8, 30, 15, 123, TimeSpan.Zero);
        school.TutoringRecording.CreatedAt = later;
        await db.SaveChangesAsync();

        var newest = await db.Recordings.AsNoTracking().OrderByDescending(r => r.CreatedAt).FirstAsync();

        Assert.Equal(school.TutoringRecording.Id, newest.Id);
        Assert.Equal(later, newest.CreatedAt);
    }

    private static Recording Clone(Recording source, string? claim, string? externalId = null) => new()
    {
        CourseId = source.CourseId,
        SessionId = source.SessionId,
        SourceProviderId = source.SourceProviderId,
        ExternalId = externalId ?? source.ExternalId,
        SourceReferenceJson = "{}",
        Title = source.Title,
        OriginalFileName = source.OriginalFileName,
        ContentClaim = claim,
        Stage = PipelineStage.Store,
        Status = RecordingStatus.Processing,
        CreatedAt = source.CreatedAt,
        UpdatedAt = source.UpdatedAt,
    };
}
