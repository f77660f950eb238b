using Addin.Core.Institutions;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary>The platform a command works on: the one named with <c>--platform KEY</c>, or the only one registered.</summary>
internal static class CliPlatform
{
    public static async Task<Platform?> FindAsync(AddinDbContext db, string? key, TextWriter output, CancellationToken cancellationToken)
    {
        var platforms = await db.Platforms.AsNoTracking().OrderBy(p => p.Key).ToListAsync(cancellationToken);
        if (key is not null)
        {
            var named = platforms.FirstOrDefault(p => p.Key == key);
            if (named is null)
            {
                await output.WriteLineAsync($"No platform '{key}'. The platforms are: {Keys(platforms)} (./addin platforms list).");
            }

            return named;
        }

        if (platforms.Count == 1)
        {
            return platforms[0];
        }

        await output.WriteLineAsync(platforms.Count == 0
            ? "No platform is registered: register the LMS first (./addin platforms add)."
            : $"Several platforms are registered ({Keys(platforms)}): name one with --platform KEY.");
        return null;
    }

    private static string Keys(List<Platform> platforms) => string.Join(", ", platforms.Select(p => p.Key).DefaultIfEmpty("none"));
}
