using Addin.Testing;
using Addin.Web.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests;

/// <summary>The hourly sweep forgets the nonces of expired tokens and keeps those that still guard against a replay.</summary>
public sealed class ExpiredNonceSweepTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_ForgetsExpiredNonces_AndAReplayOfALiveTokenIsStillRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var nonces = new EfNonceStore(db);
            Assert.True(await nonces.TryConsumeAsync("https://lms.test", "expired", time.GetUtcNow().AddMinutes(-1), CancellationToken.None));
            Assert.True(await nonces.TryConsumeAsync("https://lms.test", "live", time.GetUtcNow().AddMinutes(4), CancellationToken.None));
        }

        await using (var db = database.CreateContext())
        {
            await new ExpiredNonceSweepJob(db, time, NullLogger<ExpiredNonceSweepJob>.Instance).RunAsync(CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(["live"], await db.UsedNonces.Select(n => n.Nonce).ToListAsync());
            Assert.False(await new EfNonceStore(db).TryConsumeAsync("https://lms.test", "live", time.GetUtcNow().AddMinutes(4), CancellationToken.None));
        }
    }
}
