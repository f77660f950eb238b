using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class AlertOptionsTests
{
    [Fact]
    public void NoAlertsConfigured_IsValid()
    {
        Assert.True(new AlertOptionsValidator().Validate(null, new AlertOptions()).Succeeded);
    }

    [Fact]
    public void EmailAndTeamsForOperations_WithRecipients_IsValid_AndNamesEachNotifierOnce()
    {
        var options = new AlertOptions { OperationsNotifiers = ["smtp", "teams-webhook"], OperationsRecipients = ["ops@example.edu"], InstructorNotifier = "smtp" };

        Assert.True(new AlertOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(["smtp", "teams-webhook"], options.NotifierIds);
    }

    [Theory]
    [InlineData("SMTP", null, "'SMTP' is not a notifier id")]
    [InlineData("teams-webhook", "../etc", "'../etc' is not a notifier id")]
    [InlineData("smtp,smtp", null, "names a notifier twice")]
    public void BadNotifierIds_AreRefused_NamingTheKey(string operations, string? instructors, string problem)
    {
        var options = new AlertOptions { OperationsNotifiers = [.. operations.Split(',')], OperationsRecipients = ["ops@example.edu"], InstructorNotifier = instructors };

        var result = new AlertOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(problem, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Addin:Alerts", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ops@example.edu, boss@example.edu")]
    [InlineData("Ops <ops@example.edu>")]
    [InlineData("<script>@x")]
    public void RecipientsThatAreNotOneAddressEach_AreRefused(string recipient)
    {
        var result = new AlertOptionsValidator().Validate(null, new AlertOptions { OperationsNotifiers = ["smtp"], OperationsRecipients = [recipient] });

        Assert.True(result.Failed);
        Assert.Contains("Addin:Alerts:OperationsRecipients", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("is not an email address", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailForOperationsWithoutRecipients_IsRefused()
    {
        var result = new AlertOptionsValidator().Validate(null, new AlertOptions { OperationsNotifiers = ["smtp"] });

        Assert.True(result.Failed);
        Assert.Contains("OperationsRecipients is empty", result.FailureMessage, StringComparison.Ordinal);
    }
}
