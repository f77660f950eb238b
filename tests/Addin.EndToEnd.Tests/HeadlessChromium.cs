using Microsoft.Playwright;

namespace Addin.EndToEnd.Tests;

/// <summary>The machine's Chromium (ADDIN_TEST_CHROMIUM, else /usr/bin/chromium), headless, as every end-to-end test drives it.</summary>
public static class HeadlessChromium
{
    public const string ChromiumVariable = "ADDIN_TEST_CHROMIUM";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
            ],
        });
    }
}
