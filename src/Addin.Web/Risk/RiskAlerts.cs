using System.Text;
using System.Text.Json;
using Addin.Core.Courses;
using Addin.Core.Persistence;
using Addin.Core.Providers;
using Addin.Sdk.Notifications;
using Addin.Sdk.Risk;
using Addin.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Addin.Web.Risk;

/// <summary>
/// Tells each course's instructors, through the instructor notifier, which students entered high risk and why. Only
/// instructors are told: risk levels are never sent to students or their parents. Each assessment is dealt with once
/// (<see cref="Core.Risk.RiskAssessmentRecord.AlertedAt"/>); a failed send is kept for the next run.
/// </summary>
public sealed class RiskAlerts(AddinDbContext db, IPlatformProviders providers, IOptions<AlertOptions> options, TimeProvider time)
{
    /// <summary>Sends what is pending; returns how many courses' instructors were told.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.RiskAssessments.Include(a => a.Course).Include(a => a.Person)
            .Where(a => a.EnteredHigh && a.AlertedAt == null)
            .ToListAsync(cancellationToken);
        int told = 0;
        foreach (var course in pending.GroupBy(a => a.CourseId))
        {
            var records = course.ToList();
            var first = records[0];
            var recipients = await CourseInstructors.EmailsAsync(db, course.Key, cancellationToken);
            string? problem;
            bool tryAgain = false;
            if (options.Value.InstructorNotifier is not { Length: > 0 } notifierId)
            {
                problem = $"No instructor notifier is configured ({AlertOptions.SectionName}:{nameof(AlertOptions.InstructorNotifier)}).";
            }
            else if (recipients.Count == 0)
            {
                problem = "No instructor of the course has an email address in the LMS.";
            }
            else
            {
                problem = await SendAsync(first.Course!.PlatformId, notifierId, Message(first.Course.Title, records, recipients), cancellationToken);
                tryAgain = problem is not null;
            }

            foreach (var record in records)
            {
                record.AlertProblem = problem;
                record.AlertedAt = tryAgain ? null : time.GetUtcNow();
            }

            await db.SaveChangesAsync(cancellationToken);
            told += problem is null ? 1 : 0;
        }

        return told;
    }

    private async Task<string?> SendAsync(long platformId, string notifierId, Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            await (await providers.GetNotifierAsync(platformId, notifierId, cancellationToken)).SendAsync(notification, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Notifiers are plugin code and may throw anything; their messages never hold secrets.
            return $"Sending failed (tried again next run): {ex.Message}";
        }
    }

    private static Notification Message(string courseTitle, IReadOnlyList<Core.Risk.RiskAssessmentRecord> records, IReadOnlyList<string> recipients)
    {
        var text = new StringBuilder($"{records.Count} student(s) of your course \"{courseTitle}\" are now at high risk:\n");
        foreach (var record in records)
        {
            var factors = JsonSerializer.Deserialize<List<RiskFactor>>(record.FactorsJson) ?? [];
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n- {record.Person!.DisplayName}: {string.Join("; ", factors.Select(f => f.Description).DefaultIfEmpty("no single reason stands out"))}");
        }

        text.Append("\n\nThese are signals for you to judge, not verdicts. Open the course from your LMS to follow up.");
        return new Notification { Recipients = recipients, Subject = $"Addin: {records.Count} student(s) entered high risk in \"{courseTitle}\"", Text = text.ToString() };
    }
}
