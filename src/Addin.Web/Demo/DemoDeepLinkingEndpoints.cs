using Addin.Lti;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Web.Components.Demo;
using Addin.Web.Components.Pages;
using Addin.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Demo;

/// <summary>
/// Deep linking on the demo platform: "Add Addin content" starts a deep linking request, the return URL verifies the
/// signed answer against Addin's published keys (fetched over HTTP, as an LMS does) and places its links in the
/// course, and each placed link launches like any link of the LMS.
/// </summary>
internal static class DemoDeepLinkingEndpoints
{
    public static RouteGroupBuilder MapDemoDeepLinking(this RouteGroupBuilder demo)
    {
        demo.MapGet("/deep-link/{persona}", StartDeepLinking);
        demo.MapPost("/platform/deep-link-return", ReturnAsync);
        demo.MapGet("/links/{linkId}/launch/{persona}", LaunchPlacedAsync);
        return demo;
    }

    private static IResult StartDeepLinking(string persona, DemoPlatformUrls urls) =>
        DemoLms.Persona(persona) is { } who
            ? DemoPlatformEndpoints.StartLogin(urls, new DemoMessageHint(who, DemoMessageKind.DeepLinking), urls.ToolDeepLinkingTarget)
            : Results.NotFound();

    /// <summary>
    /// A placed link, launched by a persona from their own course, as if the link were in it: Addin decides from the
    /// persona's course and roles whether they may see what the link opens.
    /// </summary>
    private static async Task<IResult> LaunchPlacedAsync(string linkId, string persona, DemoPlatformUrls urls, DemoPlacedLinks placed, CancellationToken cancellationToken)
    {
        if (DemoLms.Persona(persona) is not { } who || await placed.FindAsync(linkId, cancellationToken) is not { } link)
        {
            return Results.NotFound();
        }

        return DemoPlatformEndpoints.StartLogin(urls, new DemoMessageHint(who, DemoMessageKind.PlacedLink, link.Id), link.Url ?? urls.ToolTarget);
    }

    private static async Task<IResult> ReturnAsync(
        HttpContext http,
        DemoDeepLinkRequests requests,
        DemoPlacedLinks placed,
        DemoPlatformUrls urls,
        INonceStore nonces,
        IHttpClientFactory clients,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (requests.Read(http.Request.Query[DemoDeepLinkRequests.QueryName]) is not { } request)
        {
            return Refused(StatusCodes.Status400BadRequest,
                "The demo platform has no such content request, or it expired (requests last an hour). Start again with \"Add Addin content\".");
        }

        string toolJwks;
        try
        {
            using var client = clients.CreateClient();
            client.Timeout = TimeSpan.FromSeconds(10);
            toolJwks = await client.GetStringAsync(urls.ToolJwks, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return Refused(StatusCodes.Status502BadGateway, $"The demo platform could not fetch Addin's keys from {urls.ToolJwks}: {ex.Message}");
        }

        ReceivedDeepLinkingResponse received;
        try
        {
            var expected = new DeepLinkingResponseExpectation(urls.Issuer, DemoLms.ClientId, DemoLms.DeploymentId, request.Data);
            received = await new DeepLinkingResponseReader(nonces, time).ReadAsync(form["JWT"], expected, toolJwks, cancellationToken);
        }
        catch (LtiValidationException ex)
        {
            return Refused(StatusCodes.Status400BadRequest, $"The demo platform refused Addin's answer ({ex.ErrorId}): {ex.Message}");
        }

        var course = DemoLms.Course(request.CourseContextId);
        var links = await placed.AddAsync(course.ContextId, received.ResourceLinks, cancellationToken);
        return new RazorComponentResult<DemoDeepLinkReturnPage>(new
        {
            CourseTitle = course.Title,
            Placed = links,
            ToolMessage = received.Message,
            ToolError = received.ErrorMessage,
        });
    }

    private static RazorComponentResult<MessagePage> Refused(int status, string reason) => new(new
    {
        Model = new MessagePageModel("The demo platform did not add the content", reason),
    })
    {
        StatusCode = status,
    };
}
