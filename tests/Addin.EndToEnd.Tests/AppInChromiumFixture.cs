using Addin.Testing;
using Microsoft.Playwright;

namespace Addin.EndToEnd.Tests;

/// <summary>An Addin with its demo LMS but no demo recordings, and a headless Chromium: for pages that need no media.</summary>
public sealed class AppInChromiumFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public AddinApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var starting = Task.Run(() => AddinApp.StartAsync(overrides: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }));
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(playwright);
        App = await starting;
    }

    public Task<WatchedPage> NewPageAsync(int width = 1280, int height = 800) => WatchedPage.OpenAsync(Browser, App.BaseUrl, width, height);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
