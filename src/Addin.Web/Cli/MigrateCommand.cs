using Addin.Core.Persistence;
using Addin.Data;
using Addin.Web.Hosting;

namespace Addin.Web.Cli;

/// <summary><c>./addin migrate</c>: applies the database migrations with the server's configuration, then exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(args.Skip(1).ToArray());
        builder.AddAddin();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        await output.WriteLineAsync($"Database is up to date ({db.Database.ProviderName}).");
        return 0;
    }
}
