using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>Brings the database schema up to date. Run once at start-up, before anything else uses the database.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(AddinDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while a pipeline job writes.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(() => db.Database.MigrateAsync(cancellationToken));
    }
}
