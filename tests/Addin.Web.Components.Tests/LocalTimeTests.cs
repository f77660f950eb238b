using Addin.Web.Components.Shared;
using Bunit;

namespace Addin.Web.Components.Tests;

public sealed class LocalTimeTests : BunitContext
{
    [Fact]
    public void Render_GivesMachineReadableUtcAndAReadableFallback()
    {
        var cut = Render<LocalTime>(p => p.Add(c => c.At, new DateTimeOffset(2025, 3, 14, 11, 30, 0, TimeSpan.FromHours(2))).Add(c => c.Style, "long"));

        var time = cut.Find("time");
        Assert.Equal("2025-03-14T09:30:00Z", time.GetAttribute("datetime"));
        Assert.Equal("long", time.GetAttribute("data-local"));
        Assert.Equal("Friday 14 March 2025, 09:30 UTC", time.TextContent);
    }
}
