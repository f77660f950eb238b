using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class LaunchErrorPageTests : BunitContext
{
    [Fact]
    public void ShowsErrorIdAndMessage()
    {
        var cut = Render<LaunchErrorPage>(p => p.Add(c => c.Model, new LaunchErrorModel("nonce_replayed", "This launch was already used; open Addin again from your course.")));

        Assert.Equal("nonce_replayed", cut.Find("[data-testid=error-id]").TextContent);
        Assert.Equal("This launch was already used; open Addin again from your course.", cut.Find("[data-testid=error-message]").TextContent);
        Assert.Equal("Addin could not start", cut.Find("h1").TextContent);
    }

    [Fact]
    public void NoSession_NoScripts_NoViewer()
    {
        var cut = Render<LaunchErrorPage>(p => p.Add(c => c.Model, new LaunchErrorModel("x", "y")));

        Assert.Empty(cut.FindAll("meta[name=addin-session]"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("[data-testid=viewer]"));
    }

    [Fact]
    public void HostileIdAndMessage_AreEscaped()
    {
        var cut = Render<LaunchErrorPage>(p => p.Add(c => c.Model,
            new LaunchErrorModel("<script>alert(1)</script>", "iss '<img src=x onerror=alert(2)>' is not registered")));

        Assert.Empty(cut.FindAll("script, img"));
        Assert.Contains("<code data-testid=\"error-id\">&lt;script&gt;alert(1)&lt;/script&gt;</code>", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("iss '<img src=x onerror=alert(2)>' is not registered", cut.Find("[data-testid=error-message]").TextContent);
    }
}
