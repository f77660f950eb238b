using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Core.Sessions;
using Addin.Core.Templates;
using Addin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Briefs;

/// <summary>The school of <see cref="SchoolData"/> at a fixed time, with the brief services on a context, and helpers to schedule.</summary>
internal sealed class BriefWorld(AddinDbContext db, SchoolData school, FakeTimeProvider time)
{
    public static readonly DateTimeOffset Now = new(2026, 10, 13, 14, 0, 0, TimeSpan.Zero);

    public static readonly TemplateFolder Templates = new(Path.Combine(RepoPaths.Root, "templates"));

    public AddinDbContext Db { get; } = db;

    public SchoolData School { get; } = school;

    public FakeTimeProvider Time { get; } = time;

    public static async Task<BriefWorld> CreateAsync(AddinDbContext db) => new(db, await SchoolData.CreateAsync(db), new FakeTimeProvider(Now));

    public TemplateStore TemplateStore => new(Db, Templates, Time);

    public BriefGenerator Generator(IRecapBriefSource? recaps = null, IRiskBriefSource? risks = null) =>
        new(Db, new BriefComposer(Db, recaps ?? new NoRecapsYet(), risks ?? new NoRiskData(), new NoCurriculumPlan()), TemplateStore, new LiquidTemplates(), Time, NullLogger<BriefGenerator>.Instance);

    public async Task<Session> SessionAsync(TimeSpan fromNow, long? instructorId = null, long? substituteId = null, string title = "Factoring, part 2")
    {
        var session = new Session
        {
            CourseId = School.Algebra.Id,
            Title = title,
            StartsAt = Now + fromNow,
            EndsAt = Now + fromNow + TimeSpan.FromHours(1),
            TimeZone = "Europe/London",
            InstructorId = instructorId ?? School.Teacher.PersonId,
            SubstituteId = substituteId,
            CreatedAt = Now,
        };
        Db.Sessions.Add(session);
        await Db.SaveChangesAsync();
        return session;
    }
}
