using Addin.Core.Persistence;

namespace Addin.Web.Cli;

/// <summary><c>./addin migrate</c>: applies the database migrations with the server's configuration, then exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        await output.WriteLineAsync($"Database is up to date ({scope.ServiceProvider.GetRequiredService<AddinDbContext>().Database.ProviderName}).");
        return 0;
    }
}
