using System.Globalization;
using System.Text;
using Addin.Core.Briefs;
using Addin.Sdk.Notifications;

namespace Addin.Web.Briefs;

/// <summary>A parent digest as a message: each child's rendered digest as HTML, and the same recaps as plain text.</summary>
internal static class DigestMessage
{
    public static Notification For(DueDigest digest, TimeZoneInfo zone)
    {
        string names = string.Join(" and ", digest.Children.Select(c => c.StudentName));
        var text = new StringBuilder($"New approved session recaps since {BriefComposer.LocalText(digest.Since, zone)}.\n");
        foreach (var child in digest.Children)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{child.StudentName}\n");
            foreach (var recap in child.Recaps)
            {
                string when = recap.SessionStartsAt is { } at ? $" ({BriefComposer.LocalText(at, zone)})" : "";
                text.Append(CultureInfo.InvariantCulture, $"- {recap.SessionTitle}{when}: {recap.Summary}\n");
                if (recap.Topics.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  Topics: {string.Join(", ", recap.Topics)}\n");
                }
            }
        }

        text.Append("\nOpen the course from your LMS to watch the sessions.");
        return new Notification
        {
            Recipients = [digest.Email],
            Subject = $"What {names} worked on: {digest.RecapCount} new session recap{(digest.RecapCount == 1 ? "" : "s")}",
            Text = text.ToString(),
            Html = string.Join("\n", digest.Children.Select(c => c.Html)),
        };
    }
}
