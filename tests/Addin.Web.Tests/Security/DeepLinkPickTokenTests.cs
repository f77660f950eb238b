using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Web.Lti;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.Security;

/// <summary>The sealed pending selection of a deep linking launch: it keeps the request intact, for one session, for an hour.</summary>
public sealed class DeepLinkPickTokenTests
{
    private const string Session = "session-token-1";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly IDataProtectionProvider protection = new EphemeralDataProtectionProvider();

    private static DeepLinkingContext Context { get; } = new(
        "https://lms.test",
        "client-1",
        "deployment-1",
        new LtiDeepLinkingSettings
        {
            DeepLinkReturnUrl = new Uri("https://lms.test/deep_links?course=7&x=a|b"),
            AcceptTypes = ["ltiResourceLink", "link"],
            AcceptPresentationDocumentTargets = ["iframe"],
            AcceptMultiple = false,
            AcceptLineItem = true,
            Data = JsonDocument.Parse("""{"nested":{"v":"a|b"},"n":[1,2]}""").RootElement,
        });

    [Fact]
    public void Read_OfAnIssuedToken_GivesBackTheRequestUnchanged()
    {
        var tokens = new DeepLinkPickTokens(protection, time);

        var pick = tokens.Read(tokens.Issue(Context, 42, 7, Session), 42, Session).Pick;

        Assert.NotNull(pick);
        Assert.Equal((42L, (long?)7L), (pick.PersonId, pick.CourseId));
        Assert.Equal(time.GetUtcNow() + DeepLinkPickTokens.Lifetime, pick.ExpiresAt);
        Assert.Equal((Context.PlatformIssuer, Context.ClientId, Context.DeploymentId), (pick.Context.PlatformIssuer, pick.Context.ClientId, pick.Context.DeploymentId));
        var settings = pick.Context.Settings;
        Assert.Equal(Context.Settings.DeepLinkReturnUrl, settings.DeepLinkReturnUrl);
        Assert.Equal(Context.Settings.AcceptTypes, settings.AcceptTypes);
        Assert.Equal(Context.Settings.AcceptPresentationDocumentTargets, settings.AcceptPresentationDocumentTargets);
        Assert.Equal((false, true), (settings.AcceptMultiple, settings.AcceptLineItem));
        Assert.Equal(Context.Settings.Data!.Value.GetRawText(), settings.Data?.GetRawText());
    }

    [Fact]
    public void Issue_TwiceForTheSameRequest_GivesSelectionsWithDifferentIds()
    {
        var tokens = new DeepLinkPickTokens(protection, time);

        var first = tokens.Read(tokens.Issue(Context, 42, 7, Session), 42, Session).Pick;
        var second = tokens.Read(tokens.Issue(Context, 42, 7, Session), 42, Session).Pick;

        Assert.NotEqual(first!.Id, second!.Id);
    }

    [Fact]
    public void Read_AfterTheLifetime_IsRefusedAsExpired()
    {
        var tokens = new DeepLinkPickTokens(protection, time);
        string token = tokens.Issue(Context, 42, 7, Session);

        time.Advance(DeepLinkPickTokens.Lifetime);

        var reading = tokens.Read(token, 42, Session);
        Assert.Null(reading.Pick);
        Assert.StartsWith("This content selection expired", reading.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(42, "another-session")]
    [InlineData(43, Session)]
    public void Read_ByAnotherSessionOrPerson_IsRefused(long personId, string session)
    {
        var tokens = new DeepLinkPickTokens(protection, time);

        var reading = tokens.Read(tokens.Issue(Context, 42, 7, Session), personId, session);

        Assert.Null(reading.Pick);
        Assert.Contains("another Addin session", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfAlteredForgedOrForeignTokens_IsRefused()
    {
        var tokens = new DeepLinkPickTokens(protection, time);
        string token = tokens.Issue(Context, 42, 7, Session);
        char[] chars = token.ToCharArray();
        chars[token.Length / 2] = chars[token.Length / 2] == 'A' ? 'B' : 'A';
        string sessionToken = new Addin.Web.Sessions.ViewerSessionTokens(
            protection, Microsoft.Extensions.Options.Options.Create(new Addin.Web.Configuration.AddinOptions()), time).Issue(42, 7);

        Assert.All(
            [new string(chars), "not-a-token", "", null, sessionToken],
            t => Assert.Contains("cannot be read", tokens.Read(t, 42, Session).Problem, StringComparison.Ordinal));
    }
}
