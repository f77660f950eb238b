using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Addin.Core.Alerts;
using Addin.Core.Providers;
using Addin.Core.Recordings;
using Addin.Core.Sessions;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Alerts;
using Addin.Web.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Recordings that fail for good alert operations and tell the course's instructor, by email through the smtp notifier
/// plugin to a real SMTP server on 127.0.0.1; ready recordings tell the instructor; each once. The pipeline health page
/// lists failures with a Retry button that reviewers alone can press. On SQLite and PostgreSQL.
/// </summary>
public sealed class AlertTests(AlertTests.Fixture apps) : IClassFixture<AlertTests.Fixture>
{
    private const string Operations = "ops@example.edu";
    private const string Instructor = "ana.rivera@demo-school.test";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task CorruptRecording_FailsForGood_AlertsOperationsOnce_AndTellsTheInstructorWhy(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        string title = $"Broken lecture {provider} <b>&</b>";

        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = await app.Clips.FileAsync($"broken-{provider}.mp4", RandomBytes()), Title = title });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);
        var messages = await MessagesAboutAsync(title, 2);

        Assert.Equal("Failed", status.Status);
        var toOperations = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == Operations);
        Assert.Equal($"Addin: recording {uploaded.RecordingId} failed at Probe", toOperations.Subject);
        Assert.Contains(status.Error!, toOperations.TextBody, StringComparison.Ordinal);
        var toInstructor = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == Instructor);
        Assert.Equal($"Your recording \"{title}\" could not be processed", toInstructor.Subject);
        Assert.Contains($"Why: {status.Error}", toInstructor.TextBody, StringComparison.Ordinal);
        Assert.Contains("Broken lecture", toInstructor.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", toInstructor.HtmlBody, StringComparison.Ordinal);

        // The job running again (a retry, a second worker) sends nothing more.
        long failedEvent = (await app.RecordingAsync(uploaded.RecordingId)).Events.Single(e => e.Severity == EventSeverity.Error).Id;
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordingAlerts>().SendAsync(uploaded.RecordingId, RecordingStatus.Failed, failedEvent, CancellationToken.None);
        }

        Assert.Equal(2, apps.Smtp.Messages.Count(m => About(m, title)));
        var recorded = await app.QueryAsync(db => db.Alerts.Where(a => a.RecordingId == uploaded.RecordingId).ToListAsync());
        Assert.Equal(
            [(AlertAudience.Operations, Operations, AlertStatus.Sent), (AlertAudience.Instructors, Instructor, AlertStatus.Sent)],
            recorded.OrderBy(a => a.Audience).Select(a => (a.Audience, a.Recipients, a.Status)));
        Assert.All(recorded, a => Assert.NotNull(a.SentAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GoodRecording_TellsTheInstructorItIsReady_Once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        string title = $"Good lecture {provider}";

        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = await app.Clips.CopyAsync(app.Clips.Mp4, $"good-{provider}.mp4"), Title = title });
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);
        var message = Assert.Single(await MessagesAboutAsync(title, 1));

        Assert.Equal("Ready", status.Status);
        Assert.Equal(Instructor, message.To.Mailboxes.Single().Address);
        Assert.Equal($"Your recording \"{title}\" is ready", message.Subject);
        Assert.DoesNotContain(apps.Smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == Operations) && About(m, title));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RetryButton_RequeuesTheFailedStage_AndTheRecordingBecomesReadyOnceTheCauseIsFixed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        string title = $"Fixed lecture {provider}";
        var uploaded = await app.UploadAsync(new UploadForm { MediaPath = await app.Clips.FileAsync($"fixed-{provider}.mp4", RandomBytes()), Title = title });
        Assert.Equal("Failed", (await app.WaitUntilDoneAsync(uploaded.RecordingId)).Status);
        var reviewer = await app.LaunchAsync("reviewer");

        string page = await app.Http.GetStringAsync(reviewer.WithToken("/app/admin/pipeline"));
        Assert.Contains($"data-testid=\"retry-{uploaded.RecordingId}\"", page, StringComparison.Ordinal);
        Assert.Contains("not a video or audio file", page, StringComparison.Ordinal);

        // The cause: the stored file. Fixed by putting a good copy in its place.
        var recording = await app.RecordingAsync(uploaded.RecordingId);
        long platformId = await app.QueryAsync(db => db.Courses.Where(c => c.Id == recording.CourseId).Select(c => c.PlatformId).SingleAsync());
        var store = (await app.App.Services.GetRequiredService<IPlatformProviders>().GetMediaStoreAsync(platformId, CancellationToken.None)).Provider;
        await using (var good = File.OpenRead(await app.Clips.CopyAsync(app.Clips.Mp4, $"fixed-good-{provider}.mp4")))
        {
            await store.PutAsync(recording.MediaKey!, good, "video/mp4", null, CancellationToken.None);
        }

        using var retry = await app.Http.PostAsync(reviewer.WithToken($"/app/admin/pipeline/retry/{uploaded.RecordingId}"), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var status = await app.WaitUntilDoneAsync(uploaded.RecordingId);

        Assert.Equal(("Ready", null), (status.Status, status.Error));
        Assert.Contains((await app.RecordingAsync(uploaded.RecordingId)).Events, e => e.Message == "Retry of the Probe stage requested by Pat Morgan.");
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "recording.retry" && a.TargetId == uploaded.RecordingId.ToString(CultureInfo.InvariantCulture) && a.Allowed)));
        Assert.Single(await MessagesAboutAsync($"Your recording \"{title}\" is ready", 1));
        page = await app.Http.GetStringAsync(reviewer.WithToken("/app/admin/pipeline"));
        Assert.DoesNotContain($"data-testid=\"retry-{uploaded.RecordingId}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instructor")]
    [InlineData("student")]
    public async Task PipelineHealth_AndItsRetry_AreNotFoundForAnyoneButReviewers(string persona)
    {
        var app = await apps.GetAsync();
        var launch = await app.LaunchAsync(persona);
        var failed = await app.UploadAsync(new UploadForm { MediaPath = await app.Clips.FileAsync($"refused-{persona}.mp4", RandomBytes()), Title = $"Refused {persona}" });
        await app.WaitUntilDoneAsync(failed.RecordingId);

        using var page = await app.Http.GetAsync(launch.WithToken("/app/admin/pipeline"));
        using var retry = await app.Http.PostAsync(launch.WithToken($"/app/admin/pipeline/retry/{failed.RecordingId}"), new FormUrlEncodedContent([]));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, retry.StatusCode));
        Assert.Equal("Failed", (await app.StatusAsync(failed.RecordingId)).Status);
        Assert.DoesNotContain("/app/admin/pipeline", await app.Http.GetStringAsync(launch.WithToken($"/app/course/{await app.CourseIdAsync()}")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ScheduledSessionWithoutARecording_AfterTheGracePeriod_AlertsOperationsAndItsInstructorOnce(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        long courseId = await app.CourseIdAsync();
        var now = app.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        // Default grace: 2 h. Only the first session is due: the second is within its grace, the third has a recording
        // (its failure has its own alert), the fourth ended too long ago to page anyone about.
        var (missing, withinGrace, recorded, old) = await app.QueryAsync(async db =>
        {
            long instructor = await db.People.Where(p => p.Email == Instructor).Select(p => p.Id).FirstAsync();
            Session At(string title, TimeSpan endedAgo) => new()
            {
                CourseId = courseId, Title = $"{title} {provider}", StartsAt = now - endedAgo - TimeSpan.FromHours(1), EndsAt = now - endedAgo,
                InstructorId = instructor, TimeZone = "Europe/London", CreatedAt = now - TimeSpan.FromDays(30),
            };
            var sessions = (At("Week 3: <i>fractions</i>", TimeSpan.FromHours(3)), At("Week 4", TimeSpan.FromMinutes(30)), At("Week 5", TimeSpan.FromHours(3)), At("Week 1", TimeSpan.FromDays(8)));
            db.Sessions.AddRange(sessions.Item1, sessions.Item2, sessions.Item3, sessions.Item4);
            await db.SaveChangesAsync();
            return sessions;
        });
        var upload = await app.UploadAsync(new UploadForm { MediaPath = await app.Clips.FileAsync($"week5-{provider}.mp4", RandomBytes()), Title = $"Week 5 upload {provider}" });
        await app.WaitUntilDoneAsync(upload.RecordingId);
        await app.QueryAsync(async db =>
        {
            var recording = await db.Recordings.SingleAsync(r => r.Id == upload.RecordingId);
            recording.SessionId = recorded.Id;
            return await db.SaveChangesAsync();
        });

        await SweepAsync(app);
        var messages = await MessagesAboutAsync(missing.Title, 2);
        await SweepAsync(app);

        var toOperations = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == Operations);
        Assert.Equal($"Addin: no recording of \"{missing.Title}\" (Algebra 1)", toOperations.Subject);
        Assert.Contains("no recording of it has arrived", toOperations.TextBody, StringComparison.Ordinal);
        Assert.Contains("(Europe/London)", toOperations.TextBody, StringComparison.Ordinal);
        var toInstructor = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == Instructor);
        Assert.Equal($"No recording of your session \"{missing.Title}\" has arrived", toInstructor.Subject);
        Assert.DoesNotContain("<i>", toInstructor.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, apps.Smtp.Messages.Count(m => About(m, missing.Title)));
        Assert.DoesNotContain(apps.Smtp.Messages, m => About(m, withinGrace.Title) || About(m, recorded.Title) || About(m, old.Title));
        var alerts = await app.QueryAsync(db => db.Alerts.Where(a => a.Kind == AlertKind.RecordingMissing && (a.SessionId == missing.Id || a.SessionId == withinGrace.Id || a.SessionId == recorded.Id || a.SessionId == old.Id)).ToListAsync());
        Assert.Equal([(missing.Id, AlertStatus.Sent), (missing.Id, AlertStatus.Sent)], alerts.Select(a => (a.SessionId!.Value, a.Status)));

        var reviewer = await app.LaunchAsync("reviewer");
        string page = await app.Http.GetStringAsync(reviewer.WithToken("/app/admin/pipeline"));
        Assert.Contains($"data-session=\"{missing.Id}\" data-kind=\"RecordingMissing\" data-status=\"Sent\"", page, StringComparison.Ordinal);
    }

    private static async Task SweepAsync(PipelineApp app)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QualityCheckJob>().RunDueAsync(CancellationToken.None);
    }

    /// <summary>Waits for <paramref name="count"/> messages that mention <paramref name="text"/>, and returns all that do.</summary>
    private async Task<List<MimeMessage>> MessagesAboutAsync(string text, int count)
    {
        await WaitFor.ValueAsync(_ => Task.FromResult(apps.Smtp.Messages.Count(m => About(m, text))), n => n >= count, $"{count} email(s) about '{text}'");
        return [.. apps.Smtp.Messages.Where(m => About(m, text))];
    }

    private static bool About(MimeMessage message, string text) =>
        (message.Subject ?? "").Contains(text, StringComparison.Ordinal) || (message.TextBody ?? "").Contains(text, StringComparison.Ordinal);

    private static byte[] RandomBytes() => RandomNumberGenerator.GetBytes(32 * 1024);

    /// <summary>Addin with the smtp notifier pointed at a local SMTP server, for operations and instructors.</summary>
    public sealed class Fixture : PipelineAppFixture
    {
        public LocalSmtpServer Smtp { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Addin:Alerts:OperationsNotifiers:0"] = "smtp",
            ["Addin:Alerts:OperationsRecipients:0"] = Operations,
            ["Addin:Alerts:InstructorNotifier"] = "smtp",
            ["Addin:Providers:Settings:smtp:host"] = "127.0.0.1",
            ["Addin:Providers:Settings:smtp:port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Addin:Providers:Settings:smtp:tls"] = "None",
            ["Addin:Providers:Settings:smtp:from"] = "recordings@example.edu",
        };

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Smtp.Dispose();
        }
    }
}
