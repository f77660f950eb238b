using Addin.Core.Briefs;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Briefs;

/// <summary>Briefs are written once per session, within the lead time, for the instructor or the substitute, from the platform's template.</summary>
public sealed class BriefGeneratorTests
{
    private static readonly TimeSpan LeadTime = TimeSpan.FromHours(2);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_WritesOneBriefForEachSessionWithinTheLeadTime_AndRunningAgainWritesNone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var due = await world.SessionAsync(TimeSpan.FromMinutes(90));
        await world.SessionAsync(TimeSpan.FromHours(3), title: "Later");
        await world.SessionAsync(TimeSpan.FromHours(-1), title: "Started");

        var first = await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);
        await using var other = database.CreateContext();
        var second = await new BriefWorld(other, world.School, world.Time).Generator().GenerateDueAsync(LeadTime, CancellationToken.None);

        var brief = await db.Briefs.AsNoTracking().SingleAsync();
        Assert.Equal([brief.Id], first);
        Assert.Empty(second);
        Assert.Equal((due.Id, world.School.Teacher.PersonId, false, BriefWorld.Now), (brief.SessionId, brief.RecipientId, brief.ForSubstitute, brief.GeneratedAt));
        Assert.Contains("No recap yet.", brief.Html, StringComparison.Ordinal);
        Assert.Contains("No risk data yet.", brief.Html, StringComparison.Ordinal);
        Assert.Contains("Tuesday 13 October 2026, 16:30 (Europe/London)", brief.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_TheBriefLaterWhenItBecomesDue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        await world.SessionAsync(TimeSpan.FromHours(3));

        var early = await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);
        world.Time.Advance(TimeSpan.FromMinutes(65));
        var onTime = await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);

        Assert.Empty(early);
        Assert.Single(onTime);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_ForASessionWithASubstitute_IsForTheSubstitute_WithTheSubstituteParts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        await world.SessionAsync(TimeSpan.FromHours(1), substituteId: world.School.Substitute.PersonId);

        await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);

        var brief = await db.Briefs.AsNoTracking().SingleAsync();
        Assert.Equal((world.School.Substitute.PersonId, true), (brief.RecipientId, brief.ForSubstitute));
        Assert.Contains("You are covering this session for teacher.", brief.Html, StringComparison.Ordinal);
        Assert.Contains("Where the last session stopped: not known yet.", brief.Html, StringComparison.Ordinal);
        Assert.Contains("How they respond to explanations: not known yet.", brief.Html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_WithRecapAndRiskData_ContainsEachPart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var session = await world.SessionAsync(TimeSpan.FromHours(1));
        var recaps = new KnownRecaps(new RecapForBrief(
            session.Id - 1, "Factoring, part 1", BriefWorld.Now.AddDays(-7), IsDraft: true, "We factored quadratics.", ["Factoring"],
            ["What are the roots of x² − 1?", "Why does the sign matter?"], [new MomentForBrief(world.School.ClassRecording.Id, 75, "Confusion about signs")], "Negative roots"));
        var risks = new KnownRisks(new StudentRisk(world.School.Student.PersonId, "high", ["missed two sessions"]));

        await world.Generator(recaps, risks).GenerateDueAsync(LeadTime, CancellationToken.None);

        string html = (await db.Briefs.AsNoTracking().SingleAsync()).Html;
        Assert.Contains("<li>student — risk: <strong>high</strong> (missed two sessions)", html, StringComparison.Ordinal);
        Assert.Contains("<li>other-student", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bio-student", html, StringComparison.Ordinal);
        Assert.Contains("Draft — not yet approved", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/recording/{world.School.ClassRecording.Id}#t=75\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>What are the roots of x² − 1?</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_OnAPlatformWithItsOwnTemplate_UsesIt_AndABrokenOneIsRefusedWithWhereItBreaks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        long platformId = world.School.Algebra.PlatformId;
        await world.SessionAsync(TimeSpan.FromHours(1));

        var broken = await world.TemplateStore.OverrideAsync(platformId, "brief", "<h1>{{ brief.SessionTitle }}</h1>\n{% if brief.IsSubstitute %}", null, CancellationToken.None);
        var unknown = await world.TemplateStore.OverrideAsync(platformId, "report", "x", null, CancellationToken.None);
        var saved = await world.TemplateStore.OverrideAsync(platformId, "brief", "<h1>Our school: {{ brief.SessionTitle }}</h1>", null, CancellationToken.None);
        await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);

        Assert.NotNull(broken?.Line);
        Assert.StartsWith("line ", broken.ToString(), StringComparison.Ordinal);
        Assert.Contains("the templates are brief, parent-digest", unknown!.Message, StringComparison.Ordinal);
        Assert.Null(saved);
        Assert.Equal("<h1>Our school: Factoring, part 2</h1>", (await db.Briefs.AsNoTracking().SingleAsync()).Html);
        Assert.True(await world.TemplateStore.ResetAsync(platformId, "brief", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GenerateDue_APlatformTemplateThatExceedsALimit_FallsBackToAddinsOwn_ForEverySession(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        await world.SessionAsync(TimeSpan.FromHours(1));
        await world.SessionAsync(TimeSpan.FromMinutes(30), title: "Earlier");
        await world.TemplateStore.OverrideAsync(world.School.Algebra.PlatformId, "brief",
            "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}", null, CancellationToken.None);

        var written = await world.Generator().GenerateDueAsync(LeadTime, CancellationToken.None);

        Assert.Equal(2, written.Count);
        Assert.All(await db.Briefs.AsNoTracking().ToListAsync(), b => Assert.Contains("No recap yet.", b.Html, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ParentDigest_ShowsOnlyApprovedRecaps(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var world = await BriefWorld.CreateAsync(db);
        var approved = new RecapForBrief(1, "Approved session", BriefWorld.Now, IsDraft: false, "Approved summary.", [], [], [], null);
        var draft = approved with { SessionTitle = "Draft session", IsDraft = true, Summary = "Draft summary." };
        var digest = new ParentDigest(db, new KnownRecaps(null, [approved, draft]), world.TemplateStore, new Core.Templates.LiquidTemplates());

        var composed = await digest.ComposeAsync(world.School.Student.PersonId, BriefWorld.Now.AddDays(-7), BriefWorld.Now, TimeZoneInfo.Utc, CancellationToken.None);

        Assert.Contains("Approved summary.", composed!.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft", composed.Html, StringComparison.Ordinal);
        Assert.Equal([approved], composed.Recaps);
    }

    private sealed class KnownRecaps(RecapForBrief? last, IReadOnlyList<RecapForBrief>? approved = null) : IRecapBriefSource
    {
        public Task<RecapForBrief?> LastRecapAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(last);

        public Task<IReadOnlyList<GapForBrief>> OpenGapsAsync(long courseId, DateTimeOffset before, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<GapForBrief>>([]);

        public Task<IReadOnlyList<ExplanationResponse>> ExplanationResponsesAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ExplanationResponse>>([]);

        public Task<IReadOnlyList<RecapForBrief>> ApprovedForStudentAsync(long studentId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
            Task.FromResult(approved ?? []);
    }

    private sealed class KnownRisks(params StudentRisk[] risks) : IRiskBriefSource
    {
        public Task<IReadOnlyList<StudentRisk>> RisksAsync(long courseId, IReadOnlyCollection<long> studentIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StudentRisk>>([.. risks.Where(r => studentIds.Contains(r.StudentId))]);
    }
}
