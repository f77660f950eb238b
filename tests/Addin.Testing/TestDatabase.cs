using Addin.Core.Persistence;
using Addin.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Testing;

/// <summary>A migrated Addin database of one test's own, on SQLite (a temporary file) or PostgreSQL.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly TempDirectory? folder;
    private readonly PostgresDatabase? postgres;

    private TestDatabase(DatabaseProvider provider, string connectionString, TempDirectory? folder, PostgresDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        this.postgres = postgres;
        services = new ServiceCollection().AddAddinDatabase(provider, connectionString).BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Postgres)
        {
            var pg = await PostgresServer.CreateDatabaseAsync(await MigratedTemplateAsync());
            db = new TestDatabase(provider, pg.ConnectionString, null, pg);
        }
        else
        {
            var folder = new TempDirectory("addin-db");
            db = new TestDatabase(provider, DataServiceCollectionExtensions.DefaultSqliteConnectionString(folder.Path), folder, null);
        }

        await using var context = db.CreateContext();
        await DatabaseMigrator.MigrateAsync(context, CancellationToken.None);
        return db;
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    /// <summary>A PostgreSQL database migrated once per test run, which each test's database is copied from.</summary>
    private static async Task<string> MigratedTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is null)
            {
                var pg = await PostgresServer.CreateDatabaseAsync();
                await using (var services = new ServiceCollection().AddAddinDatabase(DatabaseProvider.Postgres, pg.ConnectionString).BuildServiceProvider())
                await using (var context = services.GetRequiredService<IDbContextFactory<AddinDbContext>>().CreateDbContext())
                {
                    await DatabaseMigrator.MigrateAsync(context, CancellationToken.None);
                }

                // A template must have no open connections when it is copied.
                Npgsql.NpgsqlConnection.ClearAllPools();
                template = pg.Name;
            }

            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>A new context; dispose it.</summary>
    public AddinDbContext CreateContext() => services.GetRequiredService<IDbContextFactory<AddinDbContext>>().CreateDbContext();

    public IDbContextFactory<AddinDbContext> Factory => services.GetRequiredService<IDbContextFactory<AddinDbContext>>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder?.Dispose();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
