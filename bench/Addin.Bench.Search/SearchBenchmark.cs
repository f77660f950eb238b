using System.Diagnostics;
using System.Globalization;
using Addin.Core.Access;
using Addin.Core.Search;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Bench.Search;

/// <summary>
/// <c>./addin bench search [--sessions 2000] [--postgres] [--growth 500,2000,10000] [--runs 200]</c>: generates one-hour
/// transcripts, then times Addin's cross-session search (access filter, counts and snippets included) for a student
/// (40 visible sessions) and a reviewer (all), against the raw full-text engine on the same data in the same run.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly (string Name, string Text, double TargetP95Ms)[] Queries =
    [
        ("selective two words", SpokenText.SelectiveQuery, 5),
        ("phrase", SpokenText.PhraseQuery, 5),
        ("one common word", SpokenText.CommonWord, 25),
    ];

    private const double MaxRatio = 1.5;

    public static async Task<int> Main(string[] args)
    {
        int[] sizes = [2000];
        int runs = 200;
        var provider = DatabaseProvider.Sqlite;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sessions" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 40 and <= 20_000)
            {
                sizes = [n];
            }
            else if (args[i] == "--growth" && i + 1 < args.Length && Sizes(args[++i]) is { } list)
            {
                sizes = list;
            }
            else if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out int r) && r is >= 10 and <= 10_000)
            {
                runs = r;
            }
            else if (args[i] == "--postgres")
            {
                provider = DatabaseProvider.Postgres;
            }
            else
            {
                Console.Error.WriteLine("usage: Addin.Bench.Search [--sessions 40-20000 | --growth 500,2000,10000] [--runs 10-10000] [--postgres]   (--postgres needs ADDIN_TEST_POSTGRES)");
                return 2;
            }
        }

        bool met = true;
        var growth = new List<(int Sessions, double[] P95)>();
        foreach (int sessions in sizes)
        {
            var (ok, p95) = await RunAsync(provider, sessions, runs);
            met &= ok;
            growth.Add((sessions, p95));
        }

        if (growth.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine("Growth, p95 in ms (student | reviewer) for each query:");
            foreach (var (sessions, p95) in growth)
            {
                Console.WriteLine(Text($"  {sessions,6} sessions: {string.Join("   ", Queries.Select((q, i) => $"{q.Name}: {p95[2 * i],6:F2} | {p95[2 * i + 1],6:F2}"))}"));
            }
        }

        return met ? 0 : 1;
    }

    private static async Task<(bool Met, double[] P95)> RunAsync(DatabaseProvider provider, int sessions, int runs)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeding = Stopwatch.StartNew();
        var school = await SearchSchool.CreateAsync(database, sessions, new ConsoleProgress($"Generating {sessions} one-hour transcripts on {provider}"));
        Console.WriteLine(Text($"\r{provider}: {sessions} sessions, {school.Lines:N0} segments, generated in {seeding.Elapsed.TotalSeconds:F0} s. p50 / p95 in ms over {runs} runs."));

        await using var rawContext = database.CreateContext();
        var connection = rawContext.Database.GetDbConnection();
        await connection.OpenAsync();
        var raw = new RawEngine(connection, provider);

        var floor = await TimeAsync(runs, async () =>
        {
            await using var db = database.CreateContext();
            return await db.Recordings.CountAsync(r => r.Id == school.StudentRecordings[0]);
        });
        var studentPolicy = await TimeAsync(runs, () => VisibleAsync(database, school.Student));
        var reviewerPolicy = await TimeAsync(runs, () => VisibleAsync(database, school.Reviewer));
        Console.WriteLine(Text($"  for scale: a fresh context and one lookup by key {floor}; the access policy's visible recordings: student {studentPolicy}, reviewer {reviewerPolicy}"));

        bool met = true;
        var p95s = new List<double>();
        Console.WriteLine("  query                  matches | raw, all   raw, 40 sessions | Addin: reviewer (all)     student (40)       | ratio: reviewer  student");
        foreach (var (name, text, target) in Queries)
        {
            var query = SearchQuery.Parse(text);
            long matches = await raw.CountAsync(query);
            var rawAll = await TimeAsync(runs, () => raw.TopAsync(query, null));
            var rawFiltered = await TimeAsync(runs, () => raw.TopAsync(query, school.StudentRecordings));
            var reviewer = await TimeAsync(runs, () => SearchAsync(database, school.Reviewer, query));
            var student = await TimeAsync(runs, () => SearchAsync(database, school.Student, query));
            double reviewerRatio = reviewer.P95 / rawAll.P95, studentRatio = student.P95 / rawFiltered.P95;
            bool ok = reviewer.P95 < target && student.P95 < target && reviewerRatio <= MaxRatio && studentRatio <= MaxRatio;
            met &= ok;
            p95s.Add(student.P95);
            p95s.Add(reviewer.P95);
            Console.WriteLine(Text(
                $"  {name,-20} {matches,9:N0} | {rawAll} {rawFiltered}     | {reviewer}  {student} | {reviewerRatio,6:F2}x {studentRatio,7:F2}x  (p95 < {target} ms, ≤ {MaxRatio}x: {(ok ? "met" : "MISSED")})"));
        }

        return (met, [.. p95s]);
    }

    /// <summary>What the search page and API do for one request: a fresh scoped context, the access policy, counts, top 20 and snippets.</summary>
    private static async Task<int> SearchAsync(TestDatabase database, Viewer viewer, SearchQuery query)
    {
        await using var db = database.CreateContext();
        var results = await new TranscriptSearch(db, new AccessPolicy(db)).SearchAsync(viewer, SearchScope.Everywhere, query, RawEngine.Limit, CancellationToken.None);
        return results.Hits.Count;
    }

    private static async Task<int> VisibleAsync(TestDatabase database, Viewer viewer)
    {
        await using var db = database.CreateContext();
        return (await new AccessPolicy(db).VisibleRecordings(viewer).Select(r => r.Id).ToListAsync()).Count;
    }

    private static async Task<Timing> TimeAsync(int runs, Func<Task<int>> run)
    {
        for (int i = 0; i < Math.Max(5, runs / 20); i++)
        {
            await run();
        }

        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(times[runs / 2], times[(int)Math.Ceiling(runs * 0.95) - 1]);
    }

    private static int[]? Sizes(string list)
    {
        var sizes = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 40 and <= 20_000 ? n : -1)
            .ToArray();
        return sizes.Length > 0 && sizes.All(n => n > 0) ? sizes : null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Timing(double P50, double P95)
    {
        public override string ToString() => Text($"{P50,6:F2} / {P95,6:F2}");
    }

    /// <summary>A progress bar on one console line.</summary>
    private sealed class ConsoleProgress(string label) : IProgress<double>
    {
        private int shown = -1;

        public void Report(double value)
        {
            int percent = (int)(value * 100);
            if (percent != shown)
            {
                shown = percent;
                Console.Write(Text($"\r{label}: [{new string('#', percent / 5),-20}] {percent,3}%"));
            }
        }
    }
}
