using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Addin.Data;

/// <summary>
/// Settings for every SQLite connection. <c>synchronous=NORMAL</c>: in WAL mode (see <see cref="DatabaseMigrator"/>)
/// SQLite then stops flushing to disk on every commit — a committed row still survives a crash of Addin, only a power
/// cut can lose the last commits — which on ordinary disks is the difference between tens and thousands of commits a
/// second. <c>busy_timeout</c>: a writer waiting for another one is woken by SQLite within milliseconds; without it
/// Microsoft.Data.Sqlite retries every 150 ms, which under concurrent launches turns 10 ms requests into seconds.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
