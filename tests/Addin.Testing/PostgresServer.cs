using Npgsql;

namespace Addin.Testing;

/// <summary>
/// The PostgreSQL that ./addin test starts on 127.0.0.1. Each test gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ADDIN_TEST_POSTGRES";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException($"{Variable} is not set. Run the suite with './addin test', which starts PostgreSQL on 127.0.0.1 and sets it.");

    /// <summary>Creates an empty database, or a copy of <paramref name="template"/> (PostgreSQL copies files: much faster than migrating).</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync(string? template = null)
    {
        string name = "addin_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(name, ConnectionStringFor(name));
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ToString();
}

/// <summary>A database of one test's own.</summary>
public sealed class PostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
