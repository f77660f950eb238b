using System.Globalization;
using Addin.Lti.DeepLinking;
using Addin.Lti.Keys;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Web.Components.Pages;
using Addin.Web.Configuration;
using Addin.Web.Lti;
using Addin.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Addin.Web.Pages;

/// <summary>
/// The content picker of a deep linking launch: a teacher of the course chooses recordings (or the course's recording
/// list), and the browser carries the signed LtiDeepLinkingResponse back to the LMS.
/// </summary>
public static class DeepLinkEndpoints
{
    /// <summary>The query and form field carrying the pending selection (<see cref="DeepLinkPickTokens"/>).</summary>
    public const string PickField = "pick";

    public static IEndpointRouteBuilder MapDeepLinkEndpoints(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the session is not a cookie, so another site cannot make the browser send it.
        var picker = app.MapGroup(ToolUrls.DeepLinkingTargetPath).RequireViewer().DisableAntiforgery().ExcludeFromDescription();
        picker.MapGet("/", ShowAsync);
        picker.MapPost("/", SubmitAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, DeepLinkPickerGate picker, DeepLinkPickerQuery query, CancellationToken cancellationToken)
    {
        string? pickToken = http.Request.Query[PickField];
        var (pick, refusal) = await picker.OpenAsync(http, pickToken, cancellationToken);
        if (pick is null)
        {
            return refusal!;
        }

        var model = await query.BuildAsync(http.Viewer(), pick.CourseId!.Value, pick.Context.Settings, pickToken!, cancellationToken);
        return new RazorComponentResult<DeepLinkPickerPage>(new { Model = model });
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http,
        DeepLinkPickerGate picker,
        DeepLinkPickerQuery query,
        DeepLinkingResponseBuilder builder,
        IToolSigningKeys keys,
        INonceStore used,
        ToolUrls urls,
        IOptions<AddinOptions> options,
        CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        string? pickToken = form[PickField];
        var (pick, refusal) = await picker.OpenAsync(http, pickToken, cancellationToken);
        if (pick is null)
        {
            return refusal!;
        }

        var viewer = http.Viewer();
        long courseId = pick.CourseId!.Value;
        bool cancelled = form["action"] == "cancel";
        List<string> chosen = cancelled ? [] : form["item"].OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<DeepLinkingContentItem> items = [];
        if (!cancelled)
        {
            var pickable = await query.PickableAsync(viewer.Viewer, courseId, cancellationToken);
            var picked = pickable.Where(p => chosen.Contains(p.Value, StringComparer.Ordinal)).ToList();
            string? problem = chosen.Count == 0 ? "Choose at least one item to add, or Cancel."
                : picked.Count < chosen.Count ? "One of the chosen items is no longer available to you. Choose again from the list."
                : null;
            if (problem is not null)
            {
                return await picker.ChooseAgainAsync(http, pick, pickToken!, chosen, problem, cancellationToken);
            }

            items = picked.Select(p => DeepLinkContentItems.For(p, pick.Context.Settings, urls)).ToList();
        }

        DeepLinkingResponse response;
        try
        {
            response = builder.Build(pick.Context, await keys.GetCurrentAsync(cancellationToken), items, Messages(cancelled, items.Count));
        }
        catch (DeepLinkingException ex)
        {
            return await picker.ChooseAgainAsync(http, pick, pickToken!, chosen, ex.Message, cancellationToken, ex.Code.ToString());
        }

        if (!await used.TryConsumeAsync(DeepLinkPickTokens.UsedKey, pick.Id, pick.ExpiresAt, cancellationToken))
        {
            await picker.AuditAsync(http, courseId, allowed: false, "already sent", cancellationToken);
            return Message(StatusCodes.Status409Conflict, "Already added",
                "This content selection was already sent to the LMS; it can be sent once. To add more, start again from the LMS.");
        }

        await picker.AuditAsync(http, courseId, allowed: true, cancelled ? "cancelled" : string.Join(", ", chosen), cancellationToken);
        return ReturnForm(http, response, options.Value.FrameAncestors);
    }

    private static DeepLinkingMessages Messages(bool cancelled, int count) => cancelled
        ? new DeepLinkingMessages { Message = "Nothing was added from Addin.", Log = "Addin: the content selection was cancelled." }
        : new DeepLinkingMessages
        {
            Message = count == 1 ? "Added 1 item from Addin." : string.Create(CultureInfo.InvariantCulture, $"Added {count} items from Addin."),
        };

    /// <summary>
    /// The page that posts the signed response to the LMS. Its one script is allowed by hash, and the form may go to
    /// the return URL's origin only; the JWT is a credential, so the page is not cached.
    /// </summary>
    private static IResult ReturnForm(HttpContext http, DeepLinkingResponse response, IEnumerable<string> frameAncestors)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src {FormPost.ScriptHash}; form-action {response.ReturnUrl.GetLeftPart(UriPartial.Authority)}; " +
            $"base-uri 'none'; frame-ancestors {string.Join(' ', frameAncestors)}";
        return Results.Content(FormPost.Render(response.ReturnUrl, response.FormFields), "text/html; charset=utf-8");
    }

    internal static RazorComponentResult<MessagePage> Message(int status, string title, string message) =>
        new(new { Model = new MessagePageModel(title, message) }) { StatusCode = status };
}
