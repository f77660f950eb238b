using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data;

/// <summary>Creates contexts of the configured provider as the provider-neutral <see cref="AddinDbContext"/>.</summary>
internal sealed class AddinDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AddinDbContext>
    where TContext : AddinDbContext
{
    public AddinDbContext CreateDbContext() => inner.CreateDbContext();
}
