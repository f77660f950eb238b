using System.Globalization;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Alerts;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Addin.Web.Tests.Alerts;

/// <summary>
/// Through the whole host: the pipeline drafts a dropped recording's recap, and a durable job emails the session's
/// instructor through the smtp notifier plugin, to a real SMTP server on 127.0.0.1, once.
/// </summary>
public sealed class RecapDraftEmailTests : IAsyncLifetime
{
    private const string Title = "Draft mail: factoring";
    private readonly LocalSmtpServer smtp = new();
    private AddinApp app = null!;

    public async Task InitializeAsync() => app = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Addin:Alerts:InstructorNotifier"] = "smtp",
        ["Addin:Alerts:TellInstructorsWhenReady"] = "false",
        ["Addin:Providers:Settings:smtp:host"] = "127.0.0.1",
        ["Addin:Providers:Settings:smtp:port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Addin:Providers:Settings:smtp:tls"] = "None",
        ["Addin:Providers:Settings:smtp:from"] = "recaps@example.edu",
    });

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        smtp.Dispose();
    }

    [Fact]
    public async Task DroppedRecording_ItsDraftRecap_IsEmailedToTheInstructorOnce_WithTheReviewLink()
    {
        await InboxDrops.DropAsync(app, "alg-101", "draft-mail", Title,
        [
            new SpokenLine("Ana Rivera", "Today we factor quadratics."),
            new SpokenLine("Alex Kim", "I am confused about the signs."),
            new SpokenLine("Ana Rivera", "Then both numbers are negative."),
        ]);
        long recordingId = (await InboxDrops.WaitForAsync(app, Title)).Id;

        var message = await WaitFor.ValueAsync(_ => Task.FromResult(smtp.Messages.FirstOrDefault(IsRecapNotice)), m => m is not null, "the recap-to-review email");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The job running again (a retry, a second worker) sends nothing more.
            await scope.ServiceProvider.GetRequiredService<RecapDraftAlerts>().SendAsync(recordingId, CancellationToken.None);
        }

        Assert.Single(smtp.Messages, IsRecapNotice);
        Assert.Equal("ana.rivera@demo-school.test", message!.To.Mailboxes.Single().Address);
        Assert.Contains("(Algebra 1)", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"/app/recording/{recordingId}", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("confused", message.TextBody + message.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRecapNotice(MimeMessage message) => (message.Subject ?? "").StartsWith("Recap to review:", StringComparison.Ordinal);
}
