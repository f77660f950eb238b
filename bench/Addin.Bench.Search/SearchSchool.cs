using System.Data.Common;
using Addin.Core.Access;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Recordings;
using Addin.Core.Sessions;
using Addin.Core.Transcripts;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Addin.Bench.Search;

/// <summary>
/// An institution with a course per 40 sessions, each session one ready one-hour recording whose transcript has 720
/// segments of about five seconds (~9,000 words). The student takes the first course (40 visible sessions); the reviewer
/// sees them all.
/// </summary>
internal sealed class SearchSchool
{
    public const int SessionsPerCourse = 40;
    public const int LinesPerHour = 720;

    private SearchSchool(Viewer student, Viewer reviewer, IReadOnlyList<long> studentRecordings, long lines)
    {
        Student = student;
        Reviewer = reviewer;
        StudentRecordings = studentRecordings;
        Lines = lines;
    }

    public Viewer Student { get; }

    public Viewer Reviewer { get; }

    /// <summary>The recordings the student may see, for the raw engine's filtered query.</summary>
    public IReadOnlyList<long> StudentRecordings { get; }

    public long Lines { get; }

    public static async Task<SearchSchool> CreateAsync(TestDatabase database, int sessions, IProgress<double> progress)
    {
        var at = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        await using var db = database.CreateContext();
        var institution = new Institution { Name = "Search School", Slug = "search" };
        var platform = new Platform
        {
            Institution = institution, Key = "search", Name = "Search", Issuer = "https://search.example", ClientId = "c",
            AuthorizationEndpoint = "https://search.example/auth", JwksUri = "https://search.example/jwks",
        };
        var student = new Person { Platform = platform, Subject = "student", Name = "Student" };
        var reviewer = new Person { Platform = platform, Subject = "reviewer", Name = "Reviewer" };
        db.AddRange(institution, platform, student, reviewer);
        await db.SaveChangesAsync();

        var text = new SpokenText(seed: 2026);
        var studentRecordings = new List<long>();
        long lines = 0;
        int courses = (sessions + SessionsPerCourse - 1) / SessionsPerCourse;
        for (int c = 0; c < courses; c++)
        {
            var course = new Course { PlatformId = platform.Id, ContextId = $"ctx-{c}", Key = $"course-{c}", Title = $"Course {c}" };
            db.Courses.Add(course);
            if (c == 0)
            {
                db.Enrollments.Add(new Enrollment { Course = course, PersonId = student.Id, Roles = CourseRoles.Learner, UpdatedAt = at });
            }

            var recordings = new List<Recording>();
            for (int s = 0; s < SessionsPerCourse && c * SessionsPerCourse + s < sessions; s++)
            {
                var startsAt = at.AddDays(c * SessionsPerCourse + s);
                var session = new Session { Course = course, Title = $"Session {c}-{s}", StartsAt = startsAt, EndsAt = startsAt.AddHours(1), CreatedAt = startsAt };
                recordings.Add(new Recording
                {
                    Course = course, Session = session, SourceProviderId = "bench", ExternalId = $"rec-{c}-{s}", SourceReferenceJson = "{}",
                    Title = $"Lesson {c}-{s}", OriginalFileName = "lesson.mp4", Status = RecordingStatus.Ready, Stage = PipelineStage.Ready,
                    DurationMs = 3_600_000, CreatedAt = startsAt, UpdatedAt = startsAt,
                });
            }

            db.Recordings.AddRange(recordings);
            await db.SaveChangesAsync();
            var transcripts = recordings.Select(r => new TranscriptRecord { RecordingId = r.Id, EngineId = "bench", Language = "en", CreatedAt = r.CreatedAt }).ToList();
            db.Transcripts.AddRange(transcripts);
            await db.SaveChangesAsync();
            if (c == 0)
            {
                studentRecordings.AddRange(recordings.Select(r => r.Id));
            }

            lines += await InsertLinesAsync(db, database.Provider, transcripts.Select(t => t.Id).ToList(), text);
            db.ChangeTracker.Clear();
            progress.Report((c + 1.0) / courses);
        }

        if (database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "TranscriptLines"; ANALYZE "Transcripts"; ANALYZE "Recordings"; ANALYZE "Sessions";""");
        }

        return new SearchSchool(
            new Viewer(student.Id, platform.Id, institution.Id, IsReviewer: false),
            new Viewer(reviewer.Id, platform.Id, institution.Id, IsReviewer: true),
            studentRecordings,
            lines);
    }

    /// <summary>Bulk insert past EF (COPY on PostgreSQL, one prepared statement in a transaction on SQLite); the full-text index follows as usual.</summary>
    private static async Task<long> InsertLinesAsync(DbContext db, DatabaseProvider provider, IReadOnlyList<long> transcriptIds, SpokenText text)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        long count = 0;
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync("""COPY "TranscriptLines" ("TranscriptId", "Index", "StartMs", "EndMs", "Speaker", "Text") FROM STDIN (FORMAT BINARY)""");
            foreach (long transcriptId in transcriptIds)
            {
                for (int i = 0; i < LinesPerHour; i++, count++)
                {
                    await copy.WriteRowAsync(default, transcriptId, i, i * 5000L, i * 5000L + 4900, i % 3 == 0 ? "Instructor" : "Student", text.NextLine());
                }
            }

            await copy.CompleteAsync();
            return count;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """INSERT INTO "TranscriptLines" ("TranscriptId", "Index", "StartMs", "EndMs", "Speaker", "Text") VALUES ($t, $i, $s, $e, $p, $x)""";
        var parameters = new[] { "$t", "$i", "$s", "$e", "$p", "$x" }.Select(name => Parameter(insert, name)).ToArray();
        foreach (long transcriptId in transcriptIds)
        {
            for (int i = 0; i < LinesPerHour; i++, count++)
            {
                parameters[0].Value = transcriptId;
                parameters[1].Value = i;
                parameters[2].Value = i * 5000L;
                parameters[3].Value = i * 5000L + 4900;
                parameters[4].Value = i % 3 == 0 ? "Instructor" : "Student";
                parameters[5].Value = text.NextLine();
                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        return count;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
