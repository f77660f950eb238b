using System.Text.Json;
using Addin.Core.Lti;
using Addin.Core.Persistence;
using Addin.Lti.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Lti;

/// <summary>
/// The tool's key set in the database, as one row encrypted with ASP.NET Core Data Protection: the private keys are
/// never stored or logged in the clear. The ring is a singleton, so each call opens its own scope (and context).
/// </summary>
public sealed class EfToolKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time) : IToolKeyStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Addin.Lti.ToolKeys.v1");

    public async Task<StoredToolKeys?> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var record = await db.ToolKeys.AsNoTracking().OrderBy(k => k.Id).FirstOrDefaultAsync(ct);
        return record is null ? null : JsonSerializer.Deserialize<StoredToolKeys>(_protector.Unprotect(record.ProtectedKeys), JsonSerializerOptions.Web);
    }

    public async Task SaveAsync(StoredToolKeys keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var record = await db.ToolKeys.OrderBy(k => k.Id).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            record = new ToolKeyRecord { ProtectedKeys = string.Empty };
            db.ToolKeys.Add(record);
        }

        record.ProtectedKeys = _protector.Protect(JsonSerializer.Serialize(keys, JsonSerializerOptions.Web));
        record.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
