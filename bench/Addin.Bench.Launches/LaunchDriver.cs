using System.Diagnostics;
using System.Net;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Microsoft.AspNetCore.WebUtilities;

namespace Addin.Bench.Launches;

/// <summary>
/// One complete launch as a browser and an LMS make it: the tool's login initiation (302 to the platform, with the
/// state cookie), the platform's signed id_token posted back with that cookie (302 to the page), and the first page.
/// </summary>
internal sealed class LaunchDriver(HttpClient http, Uri tool, BenchPlatform platform, int people, int courses)
{
    private static readonly string[] LearnerRoles = ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"];
    private static readonly string[] InstructorRoles = ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"];

    /// <summary>Launches person <paramref name="n"/> (modulo the population) and returns how long the three requests took.</summary>
    public async Task<TimeSpan> LaunchAsync(int n, CancellationToken ct)
    {
        int person = n % people;
        int course = person % courses;
        string subject = $"bench-person-{person}";
        var started = Stopwatch.GetTimestamp();

        var login = QueryHelpers.AddQueryString(new Uri(tool, "/lti/login").AbsoluteUri, new Dictionary<string, string?>
        {
            ["iss"] = platform.Issuer,
            ["login_hint"] = subject,
            ["target_link_uri"] = new Uri(tool, "/app").AbsoluteUri,
            ["lti_message_hint"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_id"] = BenchPlatform.ClientId,
            ["lti_deployment_id"] = BenchPlatform.DeploymentId,
        });
        using var loginResponse = await http.GetAsync(login, ct);
        Expect(loginResponse, HttpStatusCode.Redirect, "login initiation");
        var authorize = QueryHelpers.ParseQuery(loginResponse.Headers.Location!.Query);
        string state = authorize["state"].ToString();
        string cookie = string.Join("; ", loginResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        string idToken = new IdTokenBuilder(TimeProvider.System)
            .ForTool(platform.Issuer, BenchPlatform.ClientId, BenchPlatform.DeploymentId)
            .WithNonce(authorize["nonce"].ToString())
            .WithSubject(subject)
            .WithName($"Bench Person {person}")
            .WithRoles(person < courses ? InstructorRoles : LearnerRoles)
            .WithContext(new LtiContext($"bench-course-{course}", $"B{course}", $"Bench course {course}", []))
            .WithResourceLink(new LtiResourceLink($"bench-course-{course}-recordings", "Session recordings", null))
            .WithTargetLinkUri(new Uri(tool, "/app").AbsoluteUri)
            .Sign(platform.Key);
        using var post = new HttpRequestMessage(HttpMethod.Post, authorize["redirect_uri"].ToString())
        {
            Content = new FormUrlEncodedContent([new("id_token", idToken), new("state", state)]),
        };
        post.Headers.Add("Cookie", cookie);
        using var launchResponse = await http.SendAsync(post, ct);
        Expect(launchResponse, HttpStatusCode.Redirect, "launch");

        using var page = await http.GetAsync(new Uri(tool, launchResponse.Headers.Location!), ct);
        Expect(page, HttpStatusCode.OK, "first page");
        await page.Content.LoadIntoBufferAsync(ct);
        return Stopwatch.GetElapsedTime(started);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string step)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{step} answered {(int)response.StatusCode} {response.ReasonPhrase}, expected {(int)status}.");
        }
    }
}
