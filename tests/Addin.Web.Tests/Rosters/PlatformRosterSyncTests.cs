using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Lti.Claims;
using Addin.Lti.Services;
using Addin.Testing;
using Addin.Web.Rosters;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Rosters;

/// <summary>
/// Roster sync against an LMS on 127.0.0.1: every page is read and applied with the launch's role mapping; a platform
/// that refuses or fails (token endpoint or any page) changes nothing, says which platform and course, and the job
/// engine tries again.
/// </summary>
public sealed class PlatformRosterSyncTests : IAsyncLifetime
{
    private const string PlatformKey = "local-lms";
    private const string ClientId = "addin-local";

    private readonly FakeNrpsPlatform lms = new();
    private AddinApp app = null!;
    private long courseId;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        lms.Dispose();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task SyncJob_ThreePages_AppliesEveryMemberWithTheLaunchRoleMapping(DatabaseProvider provider)
    {
        await StartAsync(provider);
        var parent = FakeNrpsPlatform.Member("parent-1", "Active", LtiRoleUris.Mentor);
        parent["message"] = new JsonArray(new JsonObject
        {
            ["https://purl.imsglobal.org/spec/lti/claim/message_type"] = "LtiResourceLinkRequest",
            ["https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"] = new JsonArray("learner-1"),
        });
        lms.SetPages(
            [
                FakeNrpsPlatform.Member("teacher-1", "Active", LtiRoleUris.Instructor),
                FakeNrpsPlatform.Member("ta-1", "Active", LtiRoleUris.TeachingAssistant, LtiRoleUris.Instructor),
                FakeNrpsPlatform.Member("learner-1", "Active", LtiRoleUris.Learner),
            ],
            [
                parent,
                FakeNrpsPlatform.Member("course-admin-1", "Active", LtiRoleUris.CourseAdministrator),
                FakeNrpsPlatform.Member("dropped-1", "Inactive", LtiRoleUris.Learner),
            ],
            [
                FakeNrpsPlatform.Member("dean-1", "Active", LtiRoleUris.Instructor, LtiRoleUris.InstitutionAdministrator),
                FakeNrpsPlatform.Member("new-learner", "Active", "Learner"),
                FakeNrpsPlatform.Member("guest-1", "Active", "http://purl.imsglobal.org/vocab/lis/v2/membership#Member"),
            ]);

        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SyncRosterJob>(job => job.RunAsync(courseId, null, CancellationToken.None));
        await WaitFor.ValueAsync(async ct => await ReadAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.RosterSyncedAt).SingleAsync(ct)), at => at is not null, "the roster sync");

        var roles = await RolesAsync();
        Assert.Equal(CourseRoles.Instructor, roles["teacher-1"]);
        Assert.Equal(CourseRoles.Instructor | CourseRoles.TeachingAssistant, roles["ta-1"]);
        Assert.Equal(CourseRoles.Learner, roles["learner-1"]);
        Assert.Equal(CourseRoles.Mentor, roles["parent-1"]);
        Assert.Equal(CourseRoles.CourseAdministrator, roles["course-admin-1"]);
        Assert.Equal(CourseRoles.Instructor, roles["dean-1"]);
        Assert.Equal(CourseRoles.Learner, roles["new-learner"]);
        Assert.Equal(CourseRoles.None, roles["dropped-1"]);
        Assert.Equal(CourseRoles.None, roles["old-student"]);
        Assert.False(roles.ContainsKey("guest-1"));
        Assert.Equal(["learner-1"], await ReadAsync(db => db.MentorLinks.Where(m => m.Mentor!.Subject == "parent-1").Select(m => m.Student!.Subject).ToListAsync()));
        Assert.Equal(["dean-1"], await ReadAsync(db => db.People.Where(p => p.IsReviewer && p.Platform!.Key == PlatformKey).Select(p => p.Subject).ToListAsync()));

        Assert.Equal(3, lms.MembershipRequests.Count);
        Assert.All(lms.MembershipRequests, r => Assert.Equal("Bearer " + FakeNrpsPlatform.AccessToken, r.Authorization));
        var tokenRequest = Assert.Single(lms.TokenRequests).Form;
        Assert.Equal(("client_credentials", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", LtiScopes.NrpsContextMembershipReadOnly),
            (tokenRequest["grant_type"], tokenRequest["client_assertion_type"], tokenRequest["scope"]));
        var assertion = JsonNode.Parse(Base64Url.DecodeFromChars(tokenRequest["client_assertion"].Split('.')[1]))!;
        Assert.Equal((ClientId, ClientId, lms.TokenEndpoint.AbsoluteUri),
            (assertion["iss"]!.GetValue<string>(), assertion["sub"]!.GetValue<string>(), assertion["aud"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("page 2 answers 500", LtiServiceErrorCode.PlatformError, "HTTP 500")]
    [InlineData("page 1 answers 403", LtiServiceErrorCode.Forbidden, "HTTP 403")]
    [InlineData("token endpoint answers 401", LtiServiceErrorCode.TokenRefused, "invalid_client")]
    [InlineData("page 3 answers 429", LtiServiceErrorCode.RateLimited, "wait 90 s")]
    public async Task Sync_PlatformRefusesOrFails_ChangesNothingAndSaysWhichPlatform(string failure, LtiServiceErrorCode code, string detail)
    {
        await StartAsync(DatabaseProvider.Sqlite);
        lms.SetPages(
            [FakeNrpsPlatform.Member("learner-1", "Active", LtiRoleUris.Learner)],
            [FakeNrpsPlatform.Member("new-learner", "Active", LtiRoleUris.Learner)],
            [FakeNrpsPlatform.Member("teacher-1", "Active", LtiRoleUris.Instructor)]);
        switch (failure)
        {
            case "page 2 answers 500":
                lms.FailPage(2, HttpStatusCode.InternalServerError);
                break;
            case "page 1 answers 403":
                lms.FailPage(1, HttpStatusCode.Forbidden, "{\"error\":\"insufficient_scope\"}");
                break;
            case "token endpoint answers 401":
                lms.TokenFailure = new LocalResponse(HttpStatusCode.Unauthorized, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");
                break;
            default:
                lms.FailPage(3, HttpStatusCode.TooManyRequests, "{}", new Dictionary<string, string> { ["Retry-After"] = "90" });
                break;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var ex = await Assert.ThrowsAsync<RosterSyncException>(() =>
            scope.ServiceProvider.GetRequiredService<RosterSync>().SyncAsync(courseId, null, CancellationToken.None));

        Assert.Equal(code, ex.ServiceError?.Code);
        Assert.Equal((PlatformKey, "geo-9"), (ex.PlatformKey, ex.CourseKey));
        Assert.StartsWith($"The roster of course 'geo-9' could not be read from platform '{PlatformKey}'; nothing was changed.", ex.Message, StringComparison.Ordinal);
        Assert.Contains(detail, ex.Message, StringComparison.Ordinal);
        var roles = await RolesAsync();
        Assert.Equal(CourseRoles.Learner, roles["old-student"]);
        Assert.False(roles.ContainsKey("new-learner"));
        Assert.Null(await ReadAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.RosterSyncedAt).SingleAsync()));
    }

    [Fact]
    public async Task SyncJob_PlatformFails_IsRetriedByTheJobEngine_AndAPlatformAskingToWaitGetsItsWait()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        lms.SetPages([FakeNrpsPlatform.Member("learner-1", "Active", LtiRoleUris.Learner)], [FakeNrpsPlatform.Member("teacher-1", "Active", LtiRoleUris.Instructor)]);
        lms.FailPage(2, HttpStatusCode.InternalServerError);
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

        string failing = jobs.Enqueue<SyncRosterJob>(job => job.RunAsync(courseId, null, CancellationToken.None));
        var history = await WaitFor.ValueAsync(
            _ => Task.FromResult(monitor.JobDetails(failing).History),
            h => h.Any(s => s.StateName == "Scheduled"),
            "the failed sync to be scheduled for a retry");

        var failed = history.First(s => s.StateName == "Failed");
        Assert.Contains("HTTP 500", failed.Data["ExceptionMessage"], StringComparison.Ordinal);
        Assert.Contains($"course 'geo-9' could not be read from platform '{PlatformKey}'", failed.Data["ExceptionMessage"], StringComparison.Ordinal);
        Assert.StartsWith("Retry attempt 1 of 3", history.First(s => s.StateName == "Scheduled").Reason, StringComparison.Ordinal);
        jobs.Delete(failing);

        lms.FailPage(2, HttpStatusCode.TooManyRequests, "{}", new Dictionary<string, string> { ["Retry-After"] = "600" });
        string throttled = jobs.Enqueue<SyncRosterJob>(job => job.RunAsync(courseId, null, CancellationToken.None));
        await WaitFor.ValueAsync(_ => Task.FromResult(monitor.JobDetails(throttled).History), h => h.Any(s => s.StateName == "Succeeded"), "the throttled sync to hand over");

        var later = Assert.Single(monitor.ScheduledJobs(0, 10), j => j.Value.Job.Type == typeof(SyncRosterJob)).Value;
        Assert.InRange(later.EnqueueAt - TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(CourseRoles.Learner, (await RolesAsync())["old-student"]);
    }

    private async Task StartAsync(DatabaseProvider provider)
    {
        app = await AddinApp.StartAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var (platform, problems) = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().RegisterAsync(new PlatformRegistrationRequest
        {
            Key = PlatformKey,
            Name = "Local LMS",
            InstitutionName = "Local School",
            Issuer = lms.BaseUrl.GetLeftPart(UriPartial.Authority),
            ClientId = ClientId,
            AuthorizationEndpoint = new Uri(lms.BaseUrl, "auth"),
            JwksUri = new Uri(lms.BaseUrl, "jwks"),
            TokenEndpoint = lms.TokenEndpoint,
            DeploymentIds = ["deployment-1"],
        }, CancellationToken.None);
        Assert.True(platform is not null, string.Join(" ", problems));

        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        var course = new Course
        {
            PlatformId = platform.Id, ContextId = FakeNrpsPlatform.ContextId, Key = "geo-9", Title = "Geometry", MembershipsUrl = lms.MembershipsUrl.AbsoluteUri,
        };
        db.Courses.Add(course);
        foreach (string subject in new[] { "old-student", "learner-1", "dropped-1" })
        {
            course.Enrollments.Add(new Enrollment { Person = new Person { PlatformId = platform.Id, Subject = subject }, Roles = CourseRoles.Learner });
        }

        await db.SaveChangesAsync();
        courseId = course.Id;
    }

    private async Task<Dictionary<string, CourseRoles>> RolesAsync() =>
        await ReadAsync(db => db.Enrollments.Where(e => e.CourseId == courseId).Select(e => new { e.Person!.Subject, e.Roles }).ToDictionaryAsync(e => e.Subject, e => e.Roles));

    private async Task<T> ReadAsync<T>(Func<AddinDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AddinDbContext>());
    }
}
