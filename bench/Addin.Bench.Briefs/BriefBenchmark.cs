using System.Diagnostics;
using System.Globalization;
using Addin.Core.Briefs;
using Addin.Core.Templates;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Bench.Briefs;

/// <summary>
/// <c>./addin bench briefs [--sessions 1000] [--postgres]</c>: renders one full brief many times (against writing the
/// same kind of HTML by hand), then writes the briefs of N sessions starting in the same hour (against the database
/// work alone: reading those sessions with their students and storing as many rows of the same size).
/// </summary>
internal static class BriefBenchmark
{
    private const double RenderTargetMs = 20;
    private static readonly TimeSpan GenerateTarget = TimeSpan.FromMinutes(1);

    public static async Task<int> Main(string[] args)
    {
        int sessions = 1000;
        var provider = DatabaseProvider.Sqlite;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sessions" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 100_000)
            {
                sessions = n;
            }
            else if (args[i] == "--postgres")
            {
                provider = DatabaseProvider.Postgres;
            }
            else
            {
                Console.Error.WriteLine("usage: Addin.Bench.Briefs [--sessions 1-100000] [--postgres]   (--postgres needs ADDIN_TEST_POSTGRES)");
                return 2;
            }
        }

        var folder = new TemplateFolder(Path.Combine(RepoPaths.Root, "templates"));
        string source = folder.Read(TemplateNames.Brief);
        var (renderMs, handMs) = await RenderAsync(source);
        int briefLength = (await new LiquidTemplates().RenderAsync(source, "brief", BenchSchool.FullBrief(), CancellationToken.None)).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Render one brief (25 students, full recap), median of 500: {renderMs,8:F3} ms  (target < {RenderTargetMs} ms: {(renderMs < RenderTargetMs ? "met" : "MISSED")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline: the same sections written by hand:            {handMs,8:F3} ms"));

        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await BenchSchool.CreateAsync(database, sessions);
        Console.WriteLine($"Seeded {provider}: {world.Courses} courses, {world.Students} students, {sessions} sessions starting in the same hour.");

        // The first pass over the data warms the database's caches and the JIT for both runs; it is not counted.
        await BaselineAsync(database, world, briefLength);
        await DeleteBriefsAsync(database);
        IReadOnlyList<long> written = [];
        var generate = await TimeAsync(async () =>
        {
            await using var db = database.CreateContext();
            written = await world.Generator(db, folder).GenerateDueAsync(TimeSpan.FromHours(2), CancellationToken.None);
        });
        var again = await TimeAsync(async () =>
        {
            await using var db = database.CreateContext();
            await world.Generator(db, folder).GenerateDueAsync(TimeSpan.FromHours(2), CancellationToken.None);
        });
        await DeleteBriefsAsync(database);
        var baseline = await TimeAsync(() => BaselineAsync(database, world, briefLength));

        bool met = generate < GenerateTarget && written.Count == sessions;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Write {written.Count} briefs:                 {generate.TotalSeconds,8:F2} s  (target < 60 s: {(met ? "met" : "MISSED")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline: the database work alone:  {baseline.TotalSeconds,8:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run again (nothing due, idempotent): {again.TotalSeconds,8:F2} s"));
        return met && renderMs < RenderTargetMs ? 0 : 1;
    }

    private static async Task<(double Render, double Hand)> RenderAsync(string source)
    {
        var liquid = new LiquidTemplates();
        var model = BenchSchool.FullBrief();
        var render = new List<double>();
        var hand = new List<double>();
        for (int i = 0; i < 550; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await liquid.RenderAsync(source, "brief", model, CancellationToken.None);
            long middle = Stopwatch.GetTimestamp();
            HandWrittenBrief.Write(model);
            long end = Stopwatch.GetTimestamp();
            if (i >= 50)
            {
                render.Add(Stopwatch.GetElapsedTime(start, middle).TotalMilliseconds);
                hand.Add(Stopwatch.GetElapsedTime(middle, end).TotalMilliseconds);
            }
        }

        return (Median(render), Median(hand));
    }

    /// <summary>What any brief writer must do in the database: read the due sessions with their students, store one row each.</summary>
    private static async Task BaselineAsync(TestDatabase database, BenchSchool world, int briefLength)
    {
        await using var db = database.CreateContext();
        var due = await db.Sessions.AsNoTracking().Where(s => s.StartsAt > world.Now && s.StartsAt <= world.Now.AddHours(2) && !db.Briefs.Any(b => b.SessionId == s.Id))
            .Select(s => new { s.Id, s.CourseId, s.InstructorId }).ToListAsync();
        string html = new('x', briefLength);
        foreach (var session in due)
        {
            var students = await db.Enrollments.AsNoTracking().Where(e => e.CourseId == session.CourseId).Select(e => e.Person!.Name).ToListAsync();
            db.Briefs.Add(new Brief { SessionId = session.Id, RecipientId = session.InstructorId, Html = html + students.Count, GeneratedAt = world.Now });
            await db.SaveChangesAsync();
        }
    }

    private static async Task DeleteBriefsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await db.Briefs.ExecuteDeleteAsync();
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        long start = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(start);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
