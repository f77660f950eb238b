using System.Globalization;
using Addin.Core.Courses;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Lti.Services.NamesRoles;
using Addin.Web.Lti;
using Microsoft.AspNetCore.WebUtilities;

namespace Addin.Web.Demo;

/// <summary>
/// The demo platform's Names and Role Provisioning Service 2.0: its token endpoint (client-credentials grant with the
/// tool's signed assertion) and each course's membership container, in pages of two so that the tool follows
/// <c>Link: rel="next"</c> as it must with a real LMS.
/// </summary>
public static class DemoNamesRolesEndpoints
{
    private const int DefaultPageSize = 2;
    private const int MaxPageSize = 100;

    public static RouteGroupBuilder MapDemoNamesRoles(this RouteGroupBuilder demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        demo.MapPost("/platform/token", TokenAsync);
        demo.MapGet("/platform/courses/{contextId}/memberships", Memberships);
        return demo;
    }

    private static async Task<IResult> TokenAsync(HttpContext http, DemoServiceTokens tokens, CancellationToken cancellationToken)
    {
        var form = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync(cancellationToken)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : [];
        var (response, error) = await tokens.IssueAsync(form, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return error is null
            ? Results.Text(response!, "application/json")
            : Results.Text(error.ToJson(), "application/json", statusCode: error.StatusCode);
    }

    private static IResult Memberships(string contextId, int? page, int? limit, HttpContext http, DemoServiceTokens tokens, DemoPlatformUrls urls)
    {
        if (!tokens.Allows(http.Request.Headers.Authorization, NamesRolesConstants.ContextMembershipReadOnlyScope))
        {
            return tokens.Refuse(http, NamesRolesConstants.ContextMembershipReadOnlyScope);
        }

        if (DemoLms.Courses.FirstOrDefault(c => c.ContextId == contextId) is not { } course)
        {
            return Results.NotFound();
        }

        int size = Math.Clamp(limit ?? DefaultPageSize, 1, MaxPageSize);
        int number = Math.Max(page ?? 1, 1);
        var members = Members(course);
        if (number * size < members.Count)
        {
            http.Response.Headers.Link = MembershipContainer.NextLink(PageUrl(urls, course, number + 1, limit));
        }

        return Results.Text(
            MembershipContainer.WritePage(PageUrl(urls, course, number, limit), new NamesRolesContext(course.ContextId, course.Label, course.Title), members.Skip((number - 1) * size).Take(size)),
            NamesRolesConstants.MembershipContainerMediaType);
    }

    /// <summary>The course's members: the personas who hold a role in it (an institution administrator does not).</summary>
    private static List<NamesRolesMember> Members(DemoCourse course) =>
        DemoLms.Personas
            .Where(p => p.CourseContextId == course.ContextId && LaunchFactsMapper.ToCourseRoles(LtiRoles.Parse(p.Roles)) != CourseRoles.None)
            .Select(p => new NamesRolesMember(p.Subject, MemberStatus.Active, p.Roles)
            {
                Name = p.Name,
                Email = p.Email,
                MentoredUserIds = p.Mentees,
            })
            .ToList();

    private static Uri PageUrl(DemoPlatformUrls urls, DemoCourse course, int page, int? limit)
    {
        var query = new Dictionary<string, string?> { ["page"] = page.ToString(CultureInfo.InvariantCulture) };
        if (limit is { } size)
        {
            query["limit"] = size.ToString(CultureInfo.InvariantCulture);
        }

        return new Uri(QueryHelpers.AddQueryString(urls.Memberships(course.ContextId).AbsoluteUri, query));
    }
}
