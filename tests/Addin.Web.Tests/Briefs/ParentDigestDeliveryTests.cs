using Addin.Core.Access;
using Addin.Core.Alerts;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Core.Templates;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Alerts;
using Addin.Web.Briefs;
using Addin.Web.Configuration;
using Addin.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Addin.Web.Tests.Briefs;

/// <summary>
/// Each parent with an email address gets, through the digest notifier, their own children's recaps approved since
/// their last digest: never a draft, never another child's, once a period however often the job runs. On SQLite and
/// PostgreSQL.
/// </summary>
public sealed class ParentDigestDeliveryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Send_EachParentGetsOnlyTheirChildsApprovedRecaps_NeverADraft(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long adaApproved = await school.SessionAsync("Ada: <fractions>", school.Ada);
        await school.DraftAsync(adaApproved, "Ada added fractions with unlike denominators.");
        await school.ApproveAsync(adaApproved);
        long adaDraft = await school.SessionAsync("Ada: decimals", school.Ada);
        await school.DraftAsync(adaDraft, "Ada's draft about decimals.");
        long benApproved = await school.SessionAsync("Ben: percentages", school.Ben);
        await school.DraftAsync(benApproved, "Ben worked out percentages.");
        await school.ApproveAsync(benApproved);
        var notifier = new CapturingNotifier();
        school.Time.Advance(TimeSpan.FromHours(1));

        var outcomes = await Delivery(db, notifier, school).SendAsync(school.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        var toAda = Assert.Single(notifier.Sent, n => n.Recipients.SequenceEqual(["ada.parent@home.test"]));
        Assert.Equal("What Ada worked on: 1 new session recap", toAda.Subject);
        Assert.Contains("- Ada: <fractions> (Friday 4 December 2026, 07:00 (UTC)): Ada added fractions with unlike denominators.", toAda.Text, StringComparison.Ordinal);
        Assert.Contains("Ada: &lt;fractions&gt;", toAda.Html, StringComparison.Ordinal);
        Assert.Contains("Topics: Adding fractions", toAda.Html, StringComparison.Ordinal);
        var toBen = Assert.Single(notifier.Sent, n => n.Recipients.SequenceEqual(["ben.parent@home.test"]));
        Assert.Contains("Ben worked out percentages.", toBen.Text, StringComparison.Ordinal);
        foreach (var sent in notifier.Sent)
        {
            Assert.DoesNotContain("decimals", sent.Subject + sent.Text + sent.Html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Ben", toAda.Subject + toAda.Text + toAda.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", toBen.Subject + toBen.Text + toBen.Html, StringComparison.Ordinal);
        var deliveries = await db.DigestDeliveries.AsNoTracking().OrderBy(d => d.ParentId).ToListAsync();
        Assert.Equal(
            [(school.AdaParent.Id, 1, AlertStatus.Sent, "ada.parent@home.test"), (school.BenParent.Id, 1, AlertStatus.Sent, "ben.parent@home.test")],
            deliveries.Select(d => (d.ParentId, d.RecapCount, d.Status, d.Recipient)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Job_SendsOncePerPeriod_ThenOnlyWhatWasApprovedSince_AndNothingWhenNothingIsNew(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long first = await school.SessionAsync("Week 1", school.Ada);
        await school.DraftAsync(first, "Week one recap.");
        await school.ApproveAsync(first);
        long second = await school.SessionAsync("Week 2", school.Ada);
        await school.DraftAsync(second, "Week two recap.");
        var notifier = new CapturingNotifier();
        var job = Job(db, notifier, school);

        // Friday 4 December 2026, 09:00: the schedule (Fridays 17:00) last fired a week ago, and nothing was approved before then.
        await job.RunAsync(CancellationToken.None);
        school.Time.Advance(TimeSpan.FromHours(8.5));   // 17:30: this Friday's period
        await job.RunAsync(CancellationToken.None);
        school.Time.Advance(TimeSpan.FromHours(1));     // a retry, a second worker: the same period
        await job.RunAsync(CancellationToken.None);
        await school.ApproveAsync(second);              // approved after this period's digest
        await job.RunAsync(CancellationToken.None);
        int afterFirstWeek = notifier.Sent.Count;
        school.Time.Advance(TimeSpan.FromDays(7));      // next Friday 18:30
        await job.RunAsync(CancellationToken.None);
        school.Time.Advance(TimeSpan.FromDays(7));      // and the one after: nothing new
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, afterFirstWeek);
        Assert.Equal(2, notifier.Sent.Count);
        Assert.Contains("Week one recap.", notifier.Sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("Week two recap.", notifier.Sent[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Week one recap.", notifier.Sent[1].Text, StringComparison.Ordinal);
        var deliveries = await db.DigestDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(
            [new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 11, 17, 0, 0, TimeSpan.Zero)],
            deliveries.Select(d => d.Until.ToUniversalTime()));
        Assert.Equal(deliveries[0].Until, deliveries[1].Since);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NotifierDown_TheFailureIsRecordedAndThrown_AndTheRetryOfThePeriodSendsItOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recording = await school.SessionAsync("Week 1", school.Ben);
        await school.DraftAsync(recording, "Week one recap.");
        await school.ApproveAsync(recording);
        var notifier = new CapturingNotifier { Failure = "the SMTP server refused the connection" };
        school.Time.Advance(TimeSpan.FromHours(8.5));

        var failure = await Assert.ThrowsAsync<AlertDeliveryException>(() => Job(db, notifier, school).RunAsync(CancellationToken.None));
        var failed = await db.DigestDeliveries.AsNoTracking().SingleAsync();
        notifier.Failure = null;
        db.ChangeTracker.Clear();
        await Job(db, notifier, school).RunAsync(CancellationToken.None);
        await Job(db, notifier, school).RunAsync(CancellationToken.None);

        Assert.Contains("the SMTP server refused the connection", failure.Message, StringComparison.Ordinal);
        Assert.Equal((AlertStatus.Failed, "the SMTP server refused the connection", null), (failed.Status, failed.Error, failed.SentAt));
        Assert.Single(notifier.Sent);
        var sent = await db.DigestDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal((AlertStatus.Sent, null, 2), (sent.Status, sent.Error, sent.Attempts));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SentByHandAfterTheScheduledTime_TheJobsRunOfThatPeriodSendsNothingAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recording = await school.SessionAsync("Week 1", school.Ada);
        await school.DraftAsync(recording, "Week one recap.");
        await school.ApproveAsync(recording);
        var notifier = new CapturingNotifier();
        school.Time.Advance(TimeSpan.FromHours(9));     // Friday 18:00, after the 17:00 schedule

        await Delivery(db, notifier, school).SendAsync(school.Time.GetUtcNow(), CancellationToken.None);   // ./addin digest send
        await Job(db, notifier, school).RunAsync(CancellationToken.None);                                  // the 17:00 run, late

        Assert.Single(notifier.Sent);
    }

    [Fact]
    public async Task Send_WithoutADigestNotifier_SaysWhichSettingToSet_AndTheJobSendsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recording = await school.SessionAsync("Week 1", school.Ben);
        await school.DraftAsync(recording, "Week one recap.");
        await school.ApproveAsync(recording);
        var notifier = new CapturingNotifier();
        var off = new DigestOptions();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Delivery(db, notifier, school, off).SendAsync(school.Time.GetUtcNow(), CancellationToken.None));
        await Job(db, notifier, school, off).RunAsync(CancellationToken.None);

        Assert.StartsWith("Addin:Digests:Notifier is not set", refused.Message, StringComparison.Ordinal);
        Assert.Empty(notifier.Sent);
        Assert.False(await db.DigestDeliveries.AnyAsync());
    }

    private static readonly TemplateFolder Templates = new(Path.Combine(RepoPaths.Root, "templates"));

    private static ParentDigestDelivery Delivery(AddinDbContext db, CapturingNotifier notifier, TutoringSchool school, DigestOptions? options = null)
    {
        var digest = new ParentDigest(db, new StoredRecapsForBriefs(db, new AccessPolicy(db)), new TemplateStore(db, Templates, school.Time), new LiquidTemplates());
        return new ParentDigestDelivery(db, new ParentDigests(db, digest), new NotifierOnly(notifier),
            Options.Create(options ?? new DigestOptions { Notifier = "capture" }), school.Time, NullLogger<ParentDigestDelivery>.Instance);
    }

    private static SendParentDigestsJob Job(AddinDbContext db, CapturingNotifier notifier, TutoringSchool school, DigestOptions? options = null)
    {
        options ??= new DigestOptions { Notifier = "capture" };
        return new SendParentDigestsJob(Delivery(db, notifier, school, options), Options.Create(options), school.Time, NullLogger<SendParentDigestsJob>.Instance);
    }
}
