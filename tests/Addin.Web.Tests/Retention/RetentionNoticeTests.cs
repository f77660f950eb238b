using System.Globalization;
using Addin.Core.Audit;
using Addin.Core.Recordings;
using Addin.Core.Retention;
using Addin.Core.Sessions;
using Addin.Data;
using Addin.Testing;
using Addin.Web.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Retention;

/// <summary>
/// Retention tells the course's instructor by email, through the smtp notifier plugin to a real SMTP server on 127.0.0.1,
/// once per recording, before it deletes anything. On SQLite and PostgreSQL.
/// </summary>
public sealed class RetentionNoticeTests(RetentionNoticeTests.Fixture apps) : IClassFixture<RetentionNoticeTests.Fixture>
{
    private const string Instructor = "ana.rivera@demo-school.test";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Run_TellsTheInstructorByEmailOnce_AndDeletesNothingYet(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        long courseId = await app.CourseIdAsync();
        string title = $"Old lecture {provider}";
        var time = app.App.Services.GetRequiredService<TimeProvider>();
        var imported = time.GetUtcNow().AddDays(-40);
        var (recordingId, platformId) = await app.QueryAsync(async db =>
        {
            var recording = new Recording
            {
                CourseId = courseId,
                Session = new Session { CourseId = courseId, Title = title, CreatedAt = imported },
                SourceProviderId = "test", ExternalId = $"retention-{provider}", SourceReferenceJson = "{}", Title = title, OriginalFileName = "old.mp4",
                Stage = PipelineStage.Ready, Status = RecordingStatus.Ready, CreatedAt = imported, UpdatedAt = imported,
            };
            db.Recordings.Add(recording);
            await db.SaveChangesAsync();
            return (recording.Id, await db.Courses.Where(c => c.Id == courseId).Select(c => c.PlatformId).SingleAsync());
        });

        RetentionReport first, second;
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPolicies>().SetAsync(platformId, courseId, 30, null, null, CancellationToken.None);
            first = await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
            second = await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunAsync(dryRun: false, AuditOrigin.Job, CancellationToken.None);
        }

        var notice = Assert.Single(first.Items, i => i.RecordingId == recordingId);
        Assert.Equal((RetentionStep.Notice, null), (notice.Step, notice.Problem));
        Assert.DoesNotContain(second.Items, i => i.RecordingId == recordingId);
        await WaitFor.ValueAsync(_ => Task.FromResult(apps.Smtp.Messages.Count(m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal))), n => n >= 1, $"the notice about '{title}'");
        var message = Assert.Single(apps.Smtp.Messages, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal));
        Assert.Equal(Instructor, message.To.Mailboxes.Single().Address);
        string deleteOn = time.GetUtcNow().AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"Your recording \"{title}\" will be deleted on {deleteOn}", message.Subject);
        Assert.Contains("press \"Keep (exempt from retention)\"", message.TextBody, StringComparison.Ordinal);
        var stored = await app.RecordingAsync(recordingId);
        Assert.Equal(RecordingStatus.Ready, stored.Status);
        Assert.NotNull(stored.RetentionNoticeAt);
    }

    /// <summary>Addin with the smtp notifier pointed at a local SMTP server for instructors.</summary>
    public sealed class Fixture : PipelineAppFixture
    {
        public LocalSmtpServer Smtp { get; } = new();

        protected override bool RunJobs => false;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
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
