using System.Text.Json.Nodes;
using Addin.Sdk.Notifications;
using Addin.Sdk.Plugins;
using Addin.Testing;
using MimeKit;
using SmtpServer.Protocol;

namespace Addin.Plugins.Smtp.Tests;

public sealed class SmtpNotifierTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> & \"Algebra\"";

    private readonly TempDirectory data = new();
    private readonly InstantDelays time = new();

    [Fact]
    public async Task Sends_one_email_to_every_recipient_with_the_subject_and_the_text()
    {
        using var server = new LocalSmtpServer();
        var notifier = Create(server);

        await notifier.SendAsync(Notice(["ada@example.edu", "alan@example.edu"]), CancellationToken.None);

        var message = Assert.Single(server.Messages);
        Assert.Equal(["ada@example.edu", "alan@example.edu"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("recordings@example.edu", message.From.Mailboxes.Single().Address);
        Assert.Equal($"Recording ready: {Hostile}", message.Subject);
        Assert.Contains("is ready to watch", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://addin.example.edu/app/recording/7", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Encodes_hostile_text_in_the_html_part()
    {
        using var server = new LocalSmtpServer();

        await Create(server).SendAsync(Notice(["ada@example.edu"]), CancellationToken.None);

        string html = Assert.Single(server.Messages).HtmlBody ?? "";
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Algebra&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://addin.example.edu/app/recording/7\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_in_with_the_configured_username_and_password()
    {
        using var server = new LocalSmtpServer("mailer", "s3cret-Pa55");

        await Create(server, new JsonObject { ["username"] = "mailer", ["password"] = "s3cret-Pa55" }).SendAsync(Notice(["ada@example.edu"]), CancellationToken.None);

        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task A_wrong_password_fails_clearly_without_the_password_in_the_message()
    {
        using var server = new LocalSmtpServer("mailer", "s3cret-Pa55");
        var notifier = Create(server, new JsonObject { ["username"] = "mailer", ["password"] = "wrong-Pa55" });

        var ex = await Assert.ThrowsAsync<SmtpDeliveryException>(() => notifier.SendAsync(Notice(["ada@example.edu"]), CancellationToken.None));

        Assert.Contains("refused the login of 'mailer'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-Pa55", ex.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task A_refusal_for_now_is_retried_with_a_doubling_wait_and_then_delivered()
    {
        using var server = new LocalSmtpServer();
        server.Refuse(2, SmtpReplyCode.InsufficientStorage, "Try again later");

        await Create(server).SendAsync(Notice(["ada@example.edu"]), CancellationToken.None);

        Assert.Equal(2, server.Refused);
        Assert.Single(server.Messages);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], time.Waits.Where(w => w >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_refusal_for_now_that_lasts_fails_after_the_configured_attempts()
    {
        using var server = new LocalSmtpServer();
        server.Refuse(10, SmtpReplyCode.InsufficientStorage, "Try again later");

        var ex = await Assert.ThrowsAsync<SmtpDeliveryException>(() => Create(server).SendAsync(Notice(["ada@example.edu"]), CancellationToken.None));

        Assert.Equal(3, server.Refused);
        Assert.Contains("after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permanent_refusal_fails_at_once()
    {
        using var server = new LocalSmtpServer();
        server.Refuse(10, SmtpReplyCode.TransactionFailed, "Policy rejection");

        var ex = await Assert.ThrowsAsync<SmtpDeliveryException>(() => Create(server).SendAsync(Notice(["ada@example.edu"]), CancellationToken.None));

        Assert.Equal(1, server.Refused);
        Assert.Contains("refused the message (554", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_fails_after_the_configured_attempts()
    {
        int port;
        using (var server = new LocalSmtpServer())
        {
            port = server.Port;
        }

        var notifier = new SmtpNotifierFactory().Create(Context(new JsonObject { ["host"] = "127.0.0.1", ["port"] = port, ["tls"] = "None", ["from"] = "recordings@example.edu" }));

        var ex = await Assert.ThrowsAsync<SmtpDeliveryException>(() => notifier.SendAsync(Notice(["ada@example.edu"]), CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port} could not be reached", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, time.Waits.Count(w => w >= TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("{\"from\":\"recordings@example.edu\"}", "/host")]
    [InlineData("{\"host\":\"smtp.example.edu\",\"from\":\"not an address\"}", "/from")]
    [InlineData("{\"host\":\"smtp.example.edu\",\"from\":\"recordings@example.edu\",\"username\":\"mailer\"}", "/password")]
    public void Settings_that_cannot_work_are_refused_naming_the_setting(string settings, string setting)
    {
        var ex = Assert.Throws<ProviderSettingsException>(() => new SmtpNotifierFactory().Create(Context(JsonNode.Parse(settings)!.AsObject())));

        Assert.Equal(setting, ex.Setting);
    }

    public void Dispose() => data.Dispose();

    private INotifier Create(LocalSmtpServer server, JsonObject? extra = null)
    {
        var settings = new JsonObject { ["host"] = "127.0.0.1", ["port"] = server.Port, ["tls"] = "None", ["from"] = "recordings@example.edu" };
        foreach (var (name, value) in extra ?? [])
        {
            settings[name] = value?.DeepClone();
        }

        return new SmtpNotifierFactory().Create(Context(settings));
    }

    private ProviderContext Context(JsonObject settings) => TestProviderContext.Create("smtp", data.Path, settings.ToJsonString(), time);

    private static Notification Notice(IReadOnlyList<string> recipients) => new()
    {
        Recipients = recipients,
        Subject = $"Recording ready: {Hostile}",
        Text = $"The recording \"{Hostile}\" is ready to watch.\n\nCourse: Algebra 1",
        Link = new Uri("https://addin.example.edu/app/recording/7"),
    };
}
