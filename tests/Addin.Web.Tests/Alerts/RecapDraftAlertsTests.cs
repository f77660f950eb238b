using Addin.Core.Alerts;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Alerts;
using Addin.Web.Configuration;
using Addin.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Addin.Web.Tests.Alerts;

/// <summary>
/// A drafted recap tells the session's instructor and substitute that it awaits review, with a link to the review page
/// and nothing of the recap; once a draft, however often its job runs. On SQLite and PostgreSQL.
/// </summary>
public sealed class RecapDraftAlertsTests
{
    private const string TranscriptQuote = "I don't understand why the denominators stay the same";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DraftStored_TellsTheInstructorAndSubstituteOnce_CourseSessionWhenAndLink_NoRecapText(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recordingId = await school.SessionAsync("Week 3: <fractions>", school.Ada, substitute: school.Substitute);
        await school.DraftAsync(recordingId, TranscriptQuote);
        var notifier = new CapturingNotifier();

        await Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None);
        await Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None);

        var sent = Assert.Single(notifier.Sent);
        Assert.Equal(["teacher@school.test", "cover@school.test"], sent.Recipients);
        Assert.Equal("Recap to review: \"Week 3: <fractions>\" (Algebra <1>)", sent.Subject);
        Assert.Equal(new Uri($"https://addin.school.test/app/recording/{recordingId}"), sent.Link);
        Assert.Equal(
            "A draft recap of your session \"Week 3: <fractions>\" of the course \"Algebra <1>\", Friday 4 December 2026, 07:00–08:00 (Europe/London), awaits your review.\n\n" +
            $"Approve, edit or reject it: https://addin.school.test/app/recording/{recordingId}\n\nStudents and parents see it only once you approve it.",
            sent.Text);
        Assert.DoesNotContain("denominators", sent.Text + sent.Html, StringComparison.OrdinalIgnoreCase);
        Assert.False(sent.IsAlert);
        var alert = await db.Alerts.AsNoTracking().SingleAsync(a => a.RecordingId == recordingId);
        Assert.Equal((AlertKind.RecapDrafted, AlertAudience.Instructors, AlertStatus.Sent, 1), (alert.Kind, alert.Audience, alert.Status, alert.Attempts));
        Assert.Equal("teacher@school.test, cover@school.test", alert.Recipients);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task NotifierDown_RecordsTheFailureAndThrows_AndTheRetrySendsItOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recordingId = await school.SessionAsync("Week 4", school.Ben);
        await school.DraftAsync(recordingId, TranscriptQuote);
        var notifier = new CapturingNotifier { Failure = "the SMTP server refused the connection" };

        var failure = await Assert.ThrowsAsync<AlertDeliveryException>(() => Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None));
        var failed = await db.Alerts.AsNoTracking().SingleAsync(a => a.RecordingId == recordingId);
        notifier.Failure = null;
        db.ChangeTracker.Clear();
        await Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None);
        await Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None);

        Assert.Contains("the SMTP server refused the connection", failure.Message, StringComparison.Ordinal);
        Assert.Equal((AlertStatus.Failed, "the SMTP server refused the connection"), (failed.Status, failed.Error));
        Assert.Equal(["teacher@school.test"], Assert.Single(notifier.Sent).Recipients);
        var sent = await db.Alerts.AsNoTracking().SingleAsync(a => a.RecordingId == recordingId);
        Assert.Equal((AlertStatus.Sent, null, 2), (sent.Status, sent.Error, sent.Attempts));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ASessionNamingNoInstructor_TellsTheCoursesInstructors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long recordingId = await school.SessionAsync("Uploaded lesson", school.Ada, namesInstructor: false);
        await school.DraftAsync(recordingId, TranscriptQuote);
        var notifier = new CapturingNotifier();

        await Alerts(db, notifier, school).SendAsync(recordingId, CancellationToken.None);

        Assert.Equal(["teacher@school.test"], Assert.Single(notifier.Sent).Recipients);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SwitchedOff_OrDecidedBeforeTheJobRan_OrNoDraft_TellsNobody(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await TutoringSchool.CreateAsync(db);
        long drafted = await school.SessionAsync("Drafted", school.Ada);
        await school.DraftAsync(drafted, TranscriptQuote);
        long approved = await school.SessionAsync("Approved", school.Ada);
        await school.DraftAsync(approved, TranscriptQuote);
        await school.ApproveAsync(approved);
        long none = await school.SessionAsync("No recap", school.Ada);
        var notifier = new CapturingNotifier();

        await Alerts(db, notifier, school, new AlertOptions { InstructorNotifier = "capture", TellInstructorsWhenRecapDrafted = false }).SendAsync(drafted, CancellationToken.None);
        await Alerts(db, notifier, school, new AlertOptions()).SendAsync(drafted, CancellationToken.None);
        await Alerts(db, notifier, school).SendAsync(approved, CancellationToken.None);
        await Alerts(db, notifier, school).SendAsync(none, CancellationToken.None);

        Assert.Empty(notifier.Sent);
        Assert.False(await db.Alerts.AnyAsync());
    }

    private static RecapDraftAlerts Alerts(AddinDbContext db, CapturingNotifier notifier, TutoringSchool school, AlertOptions? options = null) =>
        new(
            db,
            new AlertSender(db, new NotifierOnly(notifier), school.Time, NullLogger<AlertSender>.Instance),
            Options.Create(options ?? new AlertOptions { InstructorNotifier = "capture" }),
            Options.Create(new AddinOptions { PublicBaseUrl = new Uri("https://addin.school.test") }));
}
