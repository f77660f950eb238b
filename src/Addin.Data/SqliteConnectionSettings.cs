using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Addin.Data;

/// <summary>
/// Settings for every SQLite connection. <c>synchronous=NORMAL</c>: in WAL mode (see <see cref="DatabaseMigrator"/>)
/// SQLite then stops flushing to disk on every commit — a committed row still survives a crash of Addin, only a power
/// cut can lose the last commits — which on ordinary disks is the difference between tens and thousands of commits a
/// second. <c>busy_timeout</c>: a writer waiting for another one is woken by SQLite within milliseconds; without it
/// Microsoft.Data.Sqlite retries every 150 ms, which under concurrent launches turns 10 ms requests into seconds.
/// </summary>
/// <remarks>
/// EF Core opens a connection for almost every query, but the pool hands back the same native handle, which keeps its
/// settings: they are applied once per handle, not once per open (that doubled the statements of a launch).
/// </remarks>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, this);
}
