using System.Globalization;
using Addin.Core.Briefs;
using Addin.Core.Persistence;
using Addin.Core.Sessions;
using Addin.Testing;
using Addin.Web.Briefs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Briefs;

/// <summary>A written brief goes to its instructor by email through the smtp notifier plugin, to a real SMTP server on 127.0.0.1, once.</summary>
public sealed class BriefDeliveryTests : IAsyncLifetime
{
    private readonly LocalSmtpServer smtp = new();
    private AddinApp app = null!;

    public async Task InitializeAsync() => app = await AddinApp.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Addin:Briefs:Notifier"] = "smtp",
        ["Addin:Providers:Settings:smtp:host"] = "127.0.0.1",
        ["Addin:Providers:Settings:smtp:port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Addin:Providers:Settings:smtp:tls"] = "None",
        ["Addin:Providers:Settings:smtp:from"] = "briefs@example.edu",
    });

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        smtp.Dispose();
    }

    [Fact]
    public async Task WrittenBrief_IsEmailedToTheInstructorOnce_AndMarkedSent()
    {
        using var browser = app.CreateBrowser();
        await browser.LaunchAsync("instructor");
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AddinDbContext>();
        long courseId = await db.Courses.Where(c => c.Key == "alg-101").Select(c => c.Id).SingleAsync();
        long instructor = await db.People.Where(p => p.Subject == "demo-instructor-rivera").Select(p => p.Id).SingleAsync();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        db.Sessions.Add(new Session { CourseId = courseId, Title = "Emailed <brief>", StartsAt = now.AddHours(1), EndsAt = now.AddHours(2), InstructorId = instructor, TimeZone = "Europe/London", CreatedAt = now });
        await db.SaveChangesAsync();

        long briefId = Assert.Single(await services.GetRequiredService<BriefGenerator>().GenerateDueAsync(TimeSpan.FromHours(2), CancellationToken.None));
        var delivery = services.GetRequiredService<BriefDelivery>();
        await delivery.SendAsync(briefId, CancellationToken.None);
        await delivery.SendAsync(briefId, CancellationToken.None);

        var message = Assert.Single(smtp.Messages, m => (m.Subject ?? "").Contains("Emailed", StringComparison.Ordinal));
        Assert.Equal("ana.rivera@demo-school.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("Brief for \"Emailed <brief>\" (Algebra 1)", message.Subject);
        Assert.Contains("Brief: Emailed &lt;brief&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("No recap yet.", message.HtmlBody, StringComparison.Ordinal);
        var brief = await db.Briefs.AsNoTracking().SingleAsync(b => b.Id == briefId);
        Assert.NotNull(brief.DeliveredAt);
        Assert.Null(brief.DeliveryError);
    }
}
