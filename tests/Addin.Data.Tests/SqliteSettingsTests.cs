using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests;

/// <summary>SQLite runs in WAL mode with synchronous=NORMAL and a busy timeout: commits do not wait for the disk, readers do not block the writer, writers queue.</summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task EveryConnection_IsInWalMode_WithNormalSynchronous_AndABusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(db, "synchronous")); // 1 = NORMAL (2, FULL, is SQLite's default)
        Assert.Equal("30000", await PragmaAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task AConnectionTakenAgainFromThePool_KeepsTheSettings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        for (int open = 0; open < 3; open++)
        {
            await using var db = database.CreateContext();
            await db.Database.OpenConnectionAsync();

            Assert.Equal("1", await PragmaAsync(db, "synchronous"));
            Assert.Equal("30000", await PragmaAsync(db, "busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
