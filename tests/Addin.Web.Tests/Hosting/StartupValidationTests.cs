using Addin.Testing;
using Microsoft.Extensions.Options;

namespace Addin.Web.Tests.Hosting;

/// <summary>Bad configuration stops start-up with a message that names the key and the fix.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Addin:PublicBaseUrl", "/relative", "Addin:PublicBaseUrl")]
    [InlineData("Addin:SessionLifetime", "00:00:10", "Addin:SessionLifetime")]
    [InlineData("Addin:Pipeline:MaxAttempts", "0", "Addin:Pipeline:MaxAttempts")]
    [InlineData("Addin:Jobs:WorkerCount", "-1", "Addin:Jobs:WorkerCount")]
    [InlineData("Addin:Plugins:Directory", "/nonexistent/plugins", "./addin build")]
    [InlineData("Addin:Media:BinaryFolder", "/nonexistent/bin", "Addin:Media:BinaryFolder")]
    [InlineData("Addin:Lti:DynamicRegistration:AllowedIssuers:0", "moodle.school.edu", "Addin:Lti:DynamicRegistration:AllowedIssuers")]
    [InlineData("Addin:Lti:RosterSync:Interval", "05:07:00", "Addin:Lti:RosterSync:Interval '05:07:00' must divide")]
    [InlineData("Addin:Lti:RosterSync:MinimumAgeOnLaunch", "-00:01:00", "Addin:Lti:RosterSync:MinimumAgeOnLaunch")]
    [InlineData("Addin:Lti:Services:MaxPages", "0", "Addin:Lti:Services:MaxPages must be positive")]
    [InlineData("Addin:Alerts:OperationsNotifiers:0", "smtp", "Addin:Alerts:OperationsRecipients is empty")]
    [InlineData("Addin:Alerts:InstructorNotifier", "Email Server", "Addin:Alerts: 'Email Server' is not a notifier id")]
    [InlineData("Addin:Risk:ScoreSchedule", "every night", "Addin:Risk:ScoreSchedule 'every night' is not a cron expression")]
    public async Task Start_WithInvalidSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => AddinApp.StartAsync(overrides: new Dictionary<string, string?> { [key] = value }));

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => AddinApp.StartAsync(overrides: new Dictionary<string, string?> { ["Addin:Database:Provider"] = "Postgres" }));

        Assert.Contains("Addin:Database:ConnectionString", Unwrap(ex).Message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerException: { } inner } ? Unwrap(inner) : ex;
}
