using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Addin.Lti.Platform;

namespace Addin.Lti.Tests.Platform;

public sealed class FormPostTests
{
    private static readonly Uri Action = new("https://tool.test/lti/launch");

    [Fact]
    public void Render_Fields_BecomeHiddenInputsOfAPostForm()
    {
        var html = FormPost.Render(Action, new Dictionary<string, string> { ["id_token"] = "a.b.c", ["state"] = "s1" });

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"https://tool.test/lti/launch\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"id_token\" value=\"a.b.c\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"state\" value=\"s1\">", html, StringComparison.Ordinal);
        Assert.Contains("<noscript><button type=\"submit\">Continue</button></noscript>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileValues_StayInsideTheirAttributes()
    {
        const string name = "\"><script>alert(2)</script>";
        const string value = "\"><script>alert(3)</script>' onmouseover='x";

        var html = FormPost.Render(
            new Uri("https://tool.test/lti/launch?a=\"><script>alert(1)</script>"),
            new Dictionary<string, string> { [name] = value });

        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("\"><", html, StringComparison.Ordinal);
        var input = Assert.Single(Regex.Matches(html, "<input type=\"hidden\" name=\"([^\"<>]*)\" value=\"([^\"<>]*)\">"));
        Assert.Equal(name, WebUtility.HtmlDecode(input.Groups[1].Value));
        Assert.Equal(value, WebUtility.HtmlDecode(input.Groups[2].Value));
    }

    [Fact]
    public void ScriptHash_MatchesTheInlineScriptExactly()
    {
        var html = FormPost.Render(Action, new Dictionary<string, string>());
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";

        Assert.Equal(hash, FormPost.ScriptHash);
    }

    [Fact]
    public void Render_WithNonce_PutsEncodedNonceOnTheScript()
    {
        var html = FormPost.Render(Action, new Dictionary<string, string>(), scriptNonce: "n0nce\"x");

        Assert.Contains("<script nonce=\"n0nce&quot;x\">" + FormPost.Script + "</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NonHttpAction_Throws()
    {
        Assert.Throws<ArgumentException>(() => FormPost.Render(new Uri("javascript:alert(1)"), new Dictionary<string, string>()));
    }
}
