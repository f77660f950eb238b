using Addin.Core.Lti;
using Addin.Core.Persistence;
using Addin.Lti.Login;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>Pending LTI logins in the database, so a launch may land on any web node.</summary>
public sealed class EfLoginStateStore(AddinDbContext db) : ILoginStateStore
{
    public async Task SaveAsync(LoginState s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        db.LoginStates.Add(new LoginStateRecord
        {
            State = s.State,
            Nonce = s.Nonce,
            RegistrationKey = s.RegistrationKey,
            Issuer = s.Issuer,
            ClientId = s.ClientId,
            TargetLinkUri = s.TargetLinkUri,
            StorageTarget = s.StorageTarget,
            ExpiresAt = s.ExpiresAt.ToUniversalTime(),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<LoginState?> FindAsync(string state, CancellationToken ct)
    {
        var record = await db.LoginStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, ct);
        return record is null ? null : ToLoginState(record);
    }

    public async Task<LoginState?> TakeAsync(string state, CancellationToken ct)
    {
        var record = await db.LoginStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, ct);
        if (record is null)
        {
            return null;
        }

        // Whoever deletes the row owns the login: of two concurrent launches with the same state, one wins.
        int deleted = await db.LoginStates.Where(s => s.State == state).ExecuteDeleteAsync(ct);
        return deleted == 1 ? ToLoginState(record) : null;
    }

    private static LoginState ToLoginState(LoginStateRecord record) => new(
        record.State, record.Nonce, record.RegistrationKey, record.Issuer, record.ClientId, record.TargetLinkUri, record.ExpiresAt, record.StorageTarget);
}
