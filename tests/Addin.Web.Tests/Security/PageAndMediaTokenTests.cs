using Addin.Web.Configuration;
using Addin.Web.Media;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.Security;

/// <summary>Page sessions and media URLs: they expire on the injected clock and cannot be forged, altered or swapped.</summary>
public sealed class PageAndMediaTokenTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly IDataProtectionProvider protection = new EphemeralDataProtectionProvider();
    private readonly IOptions<AddinOptions> options = Options.Create(new AddinOptions { SessionLifetime = TimeSpan.FromHours(1) });

    [Fact]
    public void Session_IssuedAndRead_CarriesPersonCourseAndExpiry()
    {
        var sessions = new ViewerSessionTokens(protection, options, time);

        var session = sessions.Read(sessions.Issue(42, 7));

        Assert.Equal(new ViewerSession(42, 7, time.GetUtcNow().AddHours(1)), session);
    }

    [Fact]
    public void Session_AfterItsLifetime_IsRefused()
    {
        var sessions = new ViewerSessionTokens(protection, options, time);
        string token = sessions.Issue(42, null);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.Null(sessions.Read(token));
    }

    [Fact]
    public void Session_Altered_IsRefused()
    {
        var sessions = new ViewerSessionTokens(protection, options, time);
        string token = sessions.Issue(42, 7);
        char[] chars = token.ToCharArray();
        chars[token.Length / 2] = chars[token.Length / 2] == 'A' ? 'B' : 'A';

        Assert.Null(sessions.Read(new string(chars)));
        Assert.Null(sessions.Read("not-a-token"));
        Assert.Null(sessions.Read(null));
    }

    [Fact]
    public void MediaUrl_UsedAsASession_IsRefused_AndTheOtherWayRound()
    {
        var sessions = new ViewerSessionTokens(protection, options, time);
        var media = new MediaUrls(protection, options, time);
        string mediaToken = media.For(5, MediaAsset.Original, 42)[MediaUrls.RoutePrefix.Length..];

        Assert.Null(sessions.Read(mediaToken));
        Assert.Null(media.Read(sessions.Issue(42, 7)));
    }

    [Fact]
    public void MediaUrl_ReadBack_NamesRecordingAssetAndPerson_UntilItExpires()
    {
        var media = new MediaUrls(protection, options, time);
        string token = media.For(5, MediaAsset.Captions, 42)[MediaUrls.RoutePrefix.Length..];

        var grant = media.Read(token);
        time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(new MediaGrant(5, MediaAsset.Captions, 42, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), grant);
        Assert.Null(media.Read(token));
    }
}
