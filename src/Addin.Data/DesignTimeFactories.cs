using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Addin.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context. See readme.md.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAddinDbContext>
{
    public SqliteAddinDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAddinDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server. See readme.md.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAddinDbContext>
{
    public PostgresAddinDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAddinDbContext>().UseNpgsql("Host=localhost;Database=addin_design").Options);
}
