using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Addin.Testing;

namespace Addin.Web.Tests.DeepLinking;

/// <summary>The content picker as a browser sees it: its status and HTML, the form's action, pick token and choices.</summary>
internal sealed partial class PickerPage
{
    private PickerPage(DemoBrowser browser, HttpStatusCode status, string html)
    {
        Browser = browser;
        Status = status;
        Html = html;
        Action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        PickToken = WebUtility.HtmlDecode(PickField().Match(html).Groups[1].Value);
        Choices = Choice().Matches(html).Select(m => m.Groups["value"].Value).ToList();
        InputType = Choice().Match(html) is { Success: true } first ? first.Groups["type"].Value : null;
    }

    public DemoBrowser Browser { get; }

    public HttpStatusCode Status { get; }

    public string Html { get; }

    public string Action { get; }

    public string PickToken { get; }

    /// <summary>The values of the checkboxes or radio buttons, in page order.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary><c>checkbox</c> or <c>radio</c>.</summary>
    public string? InputType { get; }

    public static async Task<PickerPage> OpenAsync(DemoBrowser browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return new PickerPage(browser, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the form with these choices ("place"), or cancels.</summary>
    public async Task<PickerAnswer> SubmitAsync(IEnumerable<string> items, bool cancel = false)
    {
        var fields = new List<KeyValuePair<string, string>> { new("pick", PickToken), new("action", cancel ? "cancel" : "place") };
        fields.AddRange(items.Select(i => new KeyValuePair<string, string>("item", i)));
        using var response = await Browser.Client.PostAsync(Action, new FormUrlEncodedContent(fields));
        return await PickerAnswer.ReadAsync(response);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(/app/deep-link\\?[^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"pick\" value=\"([^\"]*)\"")]
    private static partial Regex PickField();

    [GeneratedRegex("type=\"(?<type>checkbox|radio)\" name=\"item\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Choice();
}

/// <summary>What the picker's submit answered: the auto-posting form to the LMS (action and JWT), or a page.</summary>
internal sealed partial record PickerAnswer(HttpStatusCode Status, string Html, string? ContentSecurityPolicy, string? FormAction, string? Jwt)
{
    public static async Task<PickerAnswer> ReadAsync(HttpResponseMessage response)
    {
        string html = await response.Content.ReadAsStringAsync();
        var action = PostedForm().Match(html);
        var jwt = JwtField().Match(html);
        return new PickerAnswer(
            response.StatusCode,
            html,
            response.Headers.TryGetValues("Content-Security-Policy", out var csp) ? string.Join(";", csp) : null,
            action.Success ? WebUtility.HtmlDecode(action.Groups[1].Value) : null,
            jwt.Success ? WebUtility.HtmlDecode(jwt.Groups[1].Value) : null);
    }

    /// <summary>Posts the JWT where the form would (the LMS's deep_link_return_url).</summary>
    public Task<HttpResponseMessage> PostToPlatformAsync(DemoBrowser browser) =>
        browser.Client.PostAsync(FormAction, new FormUrlEncodedContent([new("JWT", Jwt!)]));

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex PostedForm();

    [GeneratedRegex("name=\"JWT\" value=\"([^\"]+)\"")]
    private static partial Regex JwtField();
}

/// <summary>Reads and re-signs JWT parts, as the tests forge platform messages.</summary>
internal static class JwtParts
{
    public static JsonObject Decode(string part)
    {
        string padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)))!.AsObject();
    }

    public static JsonObject Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonObject Payload(string jwt) => Decode(jwt.Split('.')[1]);
}
