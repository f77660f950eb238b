using Addin.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Data;

/// <summary>Registers Addin's database.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AddinDbContext"/> (scoped) and <see cref="IDbContextFactory{AddinDbContext}"/> for the provider.
    /// </summary>
    public static IServiceCollection AddAddinDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        return provider switch
        {
            DatabaseProvider.Sqlite => services.AddProvider<SqliteAddinDbContext>(o => o.UseSqlite(WithBusyTimeout(connectionString)).AddInterceptors(new SqliteConnectionSettings())),
            DatabaseProvider.Postgres => services.AddProvider<PostgresAddinDbContext>(o => o.UseNpgsql(connectionString)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>The default SQLite connection string for a data directory.</summary>
    public static string DefaultSqliteConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "addin.db") }.ToString();

    private static IServiceCollection AddProvider<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AddinDbContext
    {
        // Pooled: a request or job takes a context from the pool instead of building one (a launch uses several).
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<AddinDbContext>>(sp => new AddinDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddScoped<AddinDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Web requests, jobs and progress updates share one SQLite file: wait for a lock instead of failing at once.</summary>
    private static string WithBusyTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
