using Addin.Core.Lti;
using Addin.Core.Persistence;
using Addin.Lti.Launch;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>Used nonces in the database; the primary key makes a replay fail even when two nodes race.</summary>
public sealed class EfNonceStore(AddinDbContext db) : INonceStore
{
    public async Task<bool> TryConsumeAsync(string issuer, string nonce, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var used = new UsedNonce { Issuer = issuer, Nonce = nonce, ExpiresAt = expiresAt.ToUniversalTime() };
        db.UsedNonces.Add(used);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(used).State = EntityState.Detached;
            return false;
        }
    }
}
