using Addin.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The registration confirmation in Chromium, inside an LMS's frame as Moodle and Canvas show it: its script runs under
/// Addin's Content-Security-Policy, and Done posts org.imsglobal.lti.close to the LMS, which closes its dialog.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class DynamicRegistrationPageTests(DemoAppFixture demo)
{
    [Fact]
    public async Task RegisteredInTheLmsFrame_Done_TellsTheLmsToCloseTheDialog()
    {
        using var lms = new RegistrationLms(LmsShape.Moodle);
        await using var page = await WatchedPage.OpenAsync(demo.Browser, demo.App.BaseUrl, 1024, 900);

        // On the LMS's own origin: Chromium keeps pages of unknown address from framing this machine.
        await page.Page.GotoAsync(lms.AdministrationPage(lms.RegistrationUrl(demo.App.BaseUrl)).ToString());
        var dialog = page.Page.FrameLocator("iframe[name=registration]");
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = $"Addin is registered with Moodle ({lms.BaseUrl.Authority})" })).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("client-id")).ToHaveTextAsync(lms.Registered!.ClientId);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        await Expect(page.Page).ToHaveTitleAsync("closed");
        Assert.Equal(0, await page.Page.Locator("iframe").CountAsync());
        page.AssertNoProblems();
    }

    [Fact]
    public async Task OpenedOutsideAnLms_SaysToCloseTheWindowInsteadOfDone()
    {
        using var lms = new RegistrationLms(LmsShape.Canvas);
        await using var page = await WatchedPage.OpenAsync(demo.Browser, demo.App.BaseUrl, 1024, 900);

        await page.Page.GotoAsync(lms.RegistrationUrl(demo.App.BaseUrl).ToString());

        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = $"Addin is registered with Canvas ({lms.BaseUrl.Authority})" })).ToBeVisibleAsync();
        await Expect(page.Page.GetByText("You can close this window.")).ToBeVisibleAsync();
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Done" })).ToBeHiddenAsync();
        page.AssertNoProblems();
    }
}
