using System.Net;
using System.Text.RegularExpressions;

namespace Addin.Testing;

/// <summary>
/// Drives launches through the demo platform the way a browser does: follows each redirect by hand (so tests can stop
/// at any step), keeps cookies, and posts the platform's auto-submitting form to the tool.
/// </summary>
public sealed partial class DemoBrowser : IDisposable
{
    private readonly HttpClient client;

    public DemoBrowser(Uri baseUrl)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => client;

    /// <summary>Launches as a demo persona all the way to Addin's page; returns the page session.</summary>
    public Task<Launch> LaunchAsync(string persona) => LaunchFromAsync($"/demo/launch/{persona}");

    /// <summary>
    /// Follows a login the demo platform starts at <paramref name="startPath"/> (a course link, "Add Addin content"
    /// <c>/demo/deep-link/{persona}</c>, a placed link) all the way to Addin's page; returns the page session.
    /// </summary>
    public async Task<Launch> LaunchFromAsync(string startPath)
    {
        var form = await GetLaunchFormFromAsync(startPath);
        using var response = await PostLaunchAsync(form.IdToken, form.State);
        return await ToLaunchAsync(response, startPath);
    }

    /// <summary>The page session a launch response redirects to; throws when the launch was refused.</summary>
    public static async Task<Launch> ToLaunchAsync(HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Launch from {what} was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var location = response.Headers.Location!;
        var token = Regex.Match(location.OriginalString, @"[?&]t=([^&#]+)").Groups[1].Value;
        return new Launch(Uri.UnescapeDataString(token), location.OriginalString);
    }

    /// <summary>Runs the login up to the platform's answer: the id_token and state the form would post.</summary>
    public Task<LaunchForm> GetLaunchFormAsync(string persona) => GetLaunchFormFromAsync($"/demo/launch/{persona}");

    /// <summary>Runs a login the demo platform starts at <paramref name="startPath"/> up to the id_token and state the form would post.</summary>
    public async Task<LaunchForm> GetLaunchFormFromAsync(string startPath)
    {
        var toolLogin = await RedirectAsync(startPath);
        var platformAuthorize = await RedirectAsync(toolLogin);
        return await AuthorizeAsync(platformAuthorize);
    }

    /// <summary>Sends the tool's authentication request to the demo platform: the id_token and state its form would post.</summary>
    public async Task<LaunchForm> AuthorizeAsync(string platformAuthorize)
    {
        using var response = await client.GetAsync(new Uri(platformAuthorize));
        string html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The demo platform refused: {(int)response.StatusCode} {html}");
        }

        return new LaunchForm(Field(html, "id_token"), Field(html, "state"), platformAuthorize);
    }

    public Task<HttpResponseMessage> PostLaunchAsync(string? idToken, string? state)
    {
        var fields = new Dictionary<string, string>();
        if (idToken is not null)
        {
            fields["id_token"] = idToken;
        }

        if (state is not null)
        {
            fields["state"] = state;
        }

        return client.PostAsync("/lti/launch", new FormUrlEncodedContent(fields));
    }

    /// <summary>GET with the page session token in the query.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public void Dispose() => client.Dispose();

    private async Task<string> RedirectAsync(string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is null)
        {
            throw new InvalidOperationException($"Expected a redirect from {url} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location.IsAbsoluteUri ? response.Headers.Location.ToString() : new Uri(client.BaseAddress!, response.Headers.Location).ToString();
    }

    private static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\"\\s+value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, $"value=\"([^\"]*)\"\\s+name=\"{name}\"");
        }

        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No {name} in the platform's form: {html}");
    }
}

/// <summary>A page session from a launch: its token and the page it opened.</summary>
public sealed record Launch(string Token, string Location)
{
    public string WithToken(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "t=" + Uri.EscapeDataString(Token);
}

/// <summary>What the platform's auto-submitting form would post to the tool.</summary>
public sealed record LaunchForm(string IdToken, string State, string AuthorizeUrl);
