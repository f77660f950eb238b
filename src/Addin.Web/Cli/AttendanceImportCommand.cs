using System.Globalization;
using Addin.Core.Attendance;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Cli;

/// <summary>
/// <c>./addin import attendance &lt;report.json&gt; --course CONTEXT-ID [--session ID] [--platform KEY]</c>: stores a
/// Microsoft Teams attendance report as attendance facts for one session of the course. Attendees it cannot place on
/// the course's roster are listed, and the exit code is 1 so they are looked at.
/// </summary>
internal static class AttendanceImportCommand
{
    private const string Example = "./addin import attendance report.json --course <LTI context id> [--session ID]";

    public static async Task<int> RunAsync(string[] args, string path, IConfiguration options, TextWriter output, CancellationToken cancellationToken)
    {
        if (options["course"] is not { Length: > 0 } contextId)
        {
            await output.WriteLineAsync($"Name the course with --course, its LMS id (the LTI context id): {Example}");
            return 2;
        }

        long? sessionId = null;
        if (options["session"] is { } session)
        {
            if (!long.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                await output.WriteLineAsync($"--session '{session}' is not a session id; give the number the course page shows for the session.");
                return 2;
            }

            sessionId = id;
        }

        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"{Path.GetFullPath(path)} does not exist.");
            return 1;
        }

        AttendanceReport report;
        try
        {
            report = TeamsAttendanceReport.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (FormatException ex)
        {
            await output.WriteLineAsync($"{path}: {ex.Message} Nothing was imported.");
            return 1;
        }

        await using var app = await CliHost.StartAsync(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var platform = await CliPlatform.FindAsync(db, options["platform"], output, cancellationToken);
        if (platform is null)
        {
            return 1;
        }

        long? courseId = await db.Courses.Where(c => c.PlatformId == platform.Id && c.ContextId == contextId).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (courseId is null)
        {
            await output.WriteLineAsync($"'{platform.Key}' has no course with the LMS id '{contextId}'. Give the course's LTI context id (Canvas: the course's LTI context id; Moodle: the course id).");
            return 1;
        }

        AttendanceImport imported;
        try
        {
            imported = await scope.ServiceProvider.GetRequiredService<TeamsAttendanceImporter>().ImportAsync(courseId.Value, sessionId, report, cancellationToken);
        }
        catch (AttendanceImportException ex)
        {
            await output.WriteLineAsync($"{path}: {ex.Message} Nothing was imported.");
            return 1;
        }

        await WriteAsync(output, imported);
        return imported.Unmatched.Count > 0 ? 1 : 0;
    }

    private static async Task WriteAsync(TextWriter output, AttendanceImport imported)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Session {imported.SessionId} '{imported.SessionTitle}' on {imported.SessionStart.UtcDateTime:yyyy-MM-dd HH:mm} UTC, scheduled {Minutes(imported.Scheduled)}; attending is at least {TeamsAttendanceImporter.AttendedShare:P0} of it."));
        foreach (var student in imported.Students)
        {
            await output.WriteLineAsync($"{(student.Present ? "✓" : "✗")} {student.Name}: {Minutes(student.Attended)}, {(student.Present ? "attended" : "missed")}");
        }

        foreach (var attendee in imported.NotStudents)
        {
            await output.WriteLineAsync($"· {attendee.Label}: on the roster but not as a student; not counted.");
        }

        foreach (var attendee in imported.Unmatched)
        {
            await output.WriteLineAsync($"? {attendee.Label} ({Minutes(TimeSpan.FromSeconds(attendee.Seconds))}): nobody on the course's roster has this email, or exactly this name; not stored.");
        }

        await output.WriteLineAsync($"Stored the attendance of {imported.Students.Count} students ({imported.Students.Count(s => s.Present)} attended).");
        if (imported.Unmatched.Count > 0)
        {
            await output.WriteLineAsync(
                $"{imported.Unmatched.Count} attendees were not placed. If they are students, make sure the LMS sends their email (or their Teams name) and import the report again: it replaces what it stored.");
        }
    }

    private static string Minutes(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min");
}
