using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>Addin's database on PostgreSQL. Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresAddinDbContext(DbContextOptions<PostgresAddinDbContext> options) : AddinDbContext(options);
