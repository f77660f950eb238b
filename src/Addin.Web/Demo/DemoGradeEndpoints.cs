using System.Text.Json;
using Addin.Lti.Services.Grades;
using Microsoft.AspNetCore.Mvc;

namespace Addin.Web.Demo;

/// <summary>
/// The demo platform's Assignment and Grade Services 2.0: each course's line item container (list, filtered by
/// resource id or tag, and create) and each line item's score service, behind the demo's bearer tokens.
/// </summary>
public static class DemoGradeEndpoints
{
    public static RouteGroupBuilder MapDemoGrades(this RouteGroupBuilder demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        demo.MapGet("/platform/courses/{contextId}/lineitems", List);
        demo.MapPost("/platform/courses/{contextId}/lineitems", CreateAsync);
        demo.MapPost("/platform/courses/{contextId}/lineitems/{number:int}/scores", ScoreAsync);
        return demo;
    }

    private static IResult List(string contextId, [FromQuery(Name = "resource_id")] string? resourceId, string? tag, HttpContext http, DemoServiceTokens tokens, DemoGradebook gradebook, DemoPlatformUrls urls)
    {
        if (!tokens.Allows(http.Request.Headers.Authorization, AgsScopes.LineItem) && !tokens.Allows(http.Request.Headers.Authorization, AgsScopes.LineItemReadOnly))
        {
            return tokens.Refuse(http, AgsScopes.LineItemReadOnly);
        }

        var items = gradebook.LineItems(contextId)
            .Where(i => (resourceId is null || i.Item.ResourceId == resourceId) && (tag is null || i.Item.Tag == tag))
            .Select(i => i.Item with { Id = urls.LineItem(contextId, i.Number) });
        return Results.Text(JsonSerializer.Serialize(items), AgsMediaTypes.LineItemContainer);
    }

    private static async Task<IResult> CreateAsync(string contextId, HttpContext http, DemoServiceTokens tokens, DemoGradebook gradebook, DemoPlatformUrls urls)
    {
        if (!tokens.Allows(http.Request.Headers.Authorization, AgsScopes.LineItem))
        {
            return tokens.Refuse(http, AgsScopes.LineItem);
        }

        if (DemoLms.Courses.All(c => c.ContextId != contextId))
        {
            return Results.NotFound();
        }

        var item = await ReadAsync<LineItem>(http);
        if (item is null || item.ScoreMaximum <= 0 || string.IsNullOrWhiteSpace(item.Label))
        {
            return Results.BadRequest("A line item needs a label and a positive scoreMaximum.");
        }

        var added = gradebook.Add(contextId, item with { Id = null });
        return Results.Text(JsonSerializer.Serialize(added.Item with { Id = urls.LineItem(contextId, added.Number) }), AgsMediaTypes.LineItem, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ScoreAsync(string contextId, int number, HttpContext http, DemoServiceTokens tokens, DemoGradebook gradebook)
    {
        if (!tokens.Allows(http.Request.Headers.Authorization, AgsScopes.Score))
        {
            return tokens.Refuse(http, AgsScopes.Score);
        }

        if (gradebook.Find(contextId, number) is not { } lineItem)
        {
            return Results.NotFound();
        }

        if (await ReadAsync<Score>(http) is not { } score || string.IsNullOrEmpty(score.UserId))
        {
            return Results.BadRequest("A score needs a userId, a timestamp, activityProgress and gradingProgress.");
        }

        lineItem.Record(score);
        return Results.NoContent();
    }

    private static async Task<T?> ReadAsync<T>(HttpContext http)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
