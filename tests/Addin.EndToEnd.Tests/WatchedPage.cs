using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// A page in a browser context of its own, watched for what must never happen on Addin's pages: console errors,
/// uncaught script errors and Content-Security-Policy violations (in the page and in the LMS frame).
/// </summary>
public sealed partial class WatchedPage : IAsyncDisposable
{
    /// <summary>The demo LMS frame Addin opens in.</summary>
    public const string FrameName = "lti-frame";

    // Runs in every document of every frame before the page's own scripts; Playwright injects it outside the page's CSP.
    // It also reports every change of a live pipeline box, so a test can tell what the page showed between reloads.
    private const string WatchScript = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI} at ${e.sourceFile}:${e.lineNumber}`));
        document.addEventListener('DOMContentLoaded', () => {
          const box = document.querySelector('.pipeline[data-status-url]');
          if (!box) return;
          const report = live => console.info('[e2e] pipeline ' + JSON.stringify({
            path: location.pathname,
            live,
            current: box.querySelector('.stages li.current')?.dataset.stage ?? null,
            done: [...box.querySelectorAll('.stages li.done')].map(li => li.dataset.stage),
            text: box.querySelector('[data-field="stage"]')?.textContent ?? '',
          }));
          report(false);
          new MutationObserver(() => report(true)).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        """;

    /// <summary>How the watch script's pipeline reports start in the console (as written in the script).</summary>
    public const string PipelinePrefix = "[e2e] pipeline ";

    private readonly ConcurrentQueue<string> problems = new();
    private readonly ConcurrentQueue<string> messages = new();

    private WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            messages.Enqueue($"{message.Type}: {message.Text}");
            if (message.Type == "error")
            {
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"uncaught error: {error}");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Everything the page wrote to its console, in order.</summary>
    public IReadOnlyCollection<string> ConsoleMessages => messages;

    /// <summary>Console errors, script errors and CSP violations so far.</summary>
    public IReadOnlyCollection<string> Problems => problems;

    public IFrame LtiFrame => Page.Frame(FrameName) ?? throw new InvalidOperationException("The demo page has no lti-frame.");

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, Uri baseUrl, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(WatchScript);
        return new WatchedPage(context, await context.NewPageAsync());
    }

    /// <summary>Opens the demo LMS, launches as the persona, and returns the LTI frame once Addin's course page is in it.</summary>
    public async Task<IFrame> LaunchAsync(string persona)
    {
        await Page.GotoAsync("/demo");
        await Page.GetByTestId($"launch-{persona}").ClickAsync();
        var frame = LtiFrame;
        await frame.WaitForURLAsync(CoursePage());
        await Expect(frame.GetByTestId("viewer")).ToBeVisibleAsync();
        return frame;
    }

    /// <summary>The session token the frame's page carries.</summary>
    public static string TokenOf(IFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var match = TokenInQuery().Match(frame.Url);
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : throw new InvalidOperationException($"No session token in {frame.Url}");
    }

    /// <summary>Fails with every problem seen, except those matching one of <paramref name="allowed"/>.</summary>
    public void AssertNoProblems(params Regex[] allowed)
    {
        var unexpected = problems.Where(p => !allowed.Any(a => a.IsMatch(p))).ToList();
        Assert.True(unexpected.Count == 0, "The page reported problems:\n" + string.Join('\n', unexpected));
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    [GeneratedRegex(@"/app/course/\d+\?")]
    public static partial Regex CoursePage();

    [GeneratedRegex(@"/app/recording/\d+\?")]
    public static partial Regex RecordingPage();

    [GeneratedRegex(@"[?&]t=([^&#]+)")]
    private static partial Regex TokenInQuery();
}
