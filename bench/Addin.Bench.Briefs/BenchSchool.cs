using Addin.Core.Briefs;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Sessions;
using Addin.Core.Templates;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Bench.Briefs;

/// <summary>A school with a course per 20 sessions, 25 students a course, and N sessions starting within one hour of now + 1 h.</summary>
internal sealed class BenchSchool
{
    public DateTimeOffset Now { get; } = new(2026, 10, 13, 14, 0, 0, TimeSpan.Zero);

    public int Courses { get; private init; }

    public int Students { get; private init; }

    public static async Task<BenchSchool> CreateAsync(TestDatabase database, int sessions)
    {
        await using var db = database.CreateContext();
        var institution = new Institution { Name = "Bench School", Slug = "bench" };
        var platform = new Platform
        {
            Institution = institution, Key = "bench", Name = "Bench", Issuer = "https://bench.example", ClientId = "c",
            AuthorizationEndpoint = "https://bench.example/auth", JwksUri = "https://bench.example/jwks",
        };
        db.AddRange(institution, platform);
        await db.SaveChangesAsync();

        int courses = Math.Max(1, sessions / 20);
        var school = new BenchSchool { Courses = courses, Students = courses * 25 };
        var now = school.Now;
        for (int c = 0; c < courses; c++)
        {
            var course = new Course { PlatformId = platform.Id, ContextId = $"ctx-{c}", Key = $"course-{c}", Title = $"Course {c}" };
            var teacher = new Person { PlatformId = platform.Id, Subject = $"teacher-{c}", Name = $"Teacher {c}", Email = $"teacher{c}@bench.example" };
            db.AddRange(course, teacher);
            for (int s = 0; s < 25; s++)
            {
                var student = new Person { PlatformId = platform.Id, Subject = $"student-{c}-{s}", Name = $"Student {c}-{s}" };
                db.Enrollments.Add(new Enrollment { Course = course, Person = student, Roles = CourseRoles.Learner, UpdatedAt = now });
            }

            db.Enrollments.Add(new Enrollment { Course = course, Person = teacher, Roles = CourseRoles.Instructor, UpdatedAt = now });
            for (int n = c; n < sessions; n += courses)
            {
                db.Sessions.Add(new Session
                {
                    Course = course, Title = $"Session {n}", StartsAt = now.AddHours(1).AddSeconds(3600.0 * n / sessions), EndsAt = now.AddHours(2),
                    TimeZone = "Europe/London", Instructor = teacher, CreatedAt = now,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return school;
    }

    public BriefGenerator Generator(AddinDbContext db, TemplateFolder folder)
    {
        var time = new FakeTimeProvider(Now);
        var recaps = new FullRecaps();
        return new BriefGenerator(db, new BriefComposer(db, recaps, new StoredRisksForBriefs(db), new StoredCurriculumForBriefs(db)), new TemplateStore(db, folder, time), new LiquidTemplates(), time, NullLogger<BriefGenerator>.Instance);
    }

    /// <summary>A brief with every part filled: 25 students with risk, a recap with moments, gaps, next topics, warm-ups.</summary>
    public static BriefModel FullBrief()
    {
        var recap = FullRecaps.Recap;
        return new BriefModel(
            "Algebra 1", "Factoring, part 2", "Tuesday 13 October 2026, 17:00 (Europe/London)", "Ana Rivera", "Ana Rivera", IsSubstitute: true,
            [.. Enumerable.Range(1, 25).Select(i => new BriefStudent($"Student {i}", i % 3 == 0 ? "high" : "low", ["missed a session", "quiz below 50%"], "needs a worked example"))],
            HasRiskData: true,
            BriefComposer.Recap(recap, TimeZoneInfo.Utc),
            [.. Enumerable.Range(1, 5).Select(i => new BriefGap($"Gap {i}", "medium", new BriefMoment("evidence", "2:05", BriefLinks.Moment(5, 125))))],
            ["Completing the square", "The quadratic formula"],
            [.. recap.ReviewQuestions]);
    }

    /// <summary>Every session's last recap is a full one, so each brief renders all of its parts.</summary>
    private sealed class FullRecaps : IRecapBriefSource
    {
        public static readonly RecapForBrief Recap = new(
            1, "Factoring, part 1", new DateTimeOffset(2026, 10, 6, 16, 0, 0, TimeSpan.Zero), IsDraft: false,
            "We factored quadratics with positive roots and started on negative ones.", ["Factoring quadratics", "Negative roots"],
            ["What are the roots of x² − 1?", "Why does the sign matter?", "Factor x² − 5x + 6."],
            [.. Enumerable.Range(1, 10).Select(i => new MomentForBrief(5, i * 60, $"Moment {i}"))], "Negative roots");

        public Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult<RecapForBrief?>(Recap);

        public Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<GapForBrief>>([new GapForBrief("Negative roots", "high", new MomentForBrief(5, 125, "evidence"))]);

        public Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ExplanationResponse>>([]);

        public Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RecapForBrief>>([Recap]);
    }
}
