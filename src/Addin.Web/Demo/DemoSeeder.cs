using Addin.Core.Courses;
using Addin.Core.Institutions;
using Addin.Core.People;
using Addin.Core.Persistence;
using Addin.Core.Recaps;
using Addin.Lti.Claims;
using Addin.Web.Lti;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Demo;

/// <summary>
/// Registers the demo platform like any LMS (issuer, client id, deployment, its JWKS, authorization and token URLs)
/// and creates its courses and their people as they were when Addin was set up; those who joined later come with the
/// roster sync. AI processing is switched on for the demo platform and its courses, so the demo shows recaps; a choice made
/// since (switching it off) is kept. Idempotent: run at every start-up, it also follows a change of Addin's public URL.
/// </summary>
public sealed class DemoSeeder(AddinDbContext db, PlatformRegistry registry, AiConsents consents, DemoPlatformUrls urls, TimeProvider time)
{
    private const string SeededBy = "the demo seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (platform, problems) = await registry.RegisterAsync(new PlatformRegistrationRequest
        {
            Key = DemoLms.PlatformKey,
            Name = "Demo LMS",
            InstitutionName = "Demo School",
            Issuer = urls.Issuer,
            ClientId = DemoLms.ClientId,
            AuthorizationEndpoint = urls.AuthorizationEndpoint,
            JwksUri = urls.JwksUri,
            TokenEndpoint = urls.TokenEndpoint,
            DeploymentIds = [DemoLms.DeploymentId],
        }, cancellationToken);
        if (platform is null)
        {
            throw new InvalidOperationException("The demo platform cannot be registered: " + string.Join(" ", problems));
        }

        foreach (var demoCourse in DemoLms.Courses)
        {
            await UpsertCourseAsync(platform.Id, demoCourse, cancellationToken);
        }

        await SwitchOnAiProcessingAsync(platform.Id, cancellationToken);

        foreach (var persona in DemoLms.Personas.Where(p => !p.JoinsByRosterSync))
        {
            await UpsertPersonaAsync(platform.Id, persona, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpsertCourseAsync(long platformId, DemoCourse demoCourse, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.PlatformId == platformId && c.ContextId == demoCourse.ContextId, cancellationToken))
        {
            db.Courses.Add(new Course { PlatformId = platformId, ContextId = demoCourse.ContextId, Key = demoCourse.Key, Title = demoCourse.Title, Label = demoCourse.Label });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SwitchOnAiProcessingAsync(long platformId, CancellationToken cancellationToken)
    {
        if (!await db.AiConsents.AnyAsync(a => a.PlatformId == platformId && a.CourseId == null, cancellationToken))
        {
            await consents.SetPlatformAsync(platformId, enabled: true, null, SeededBy, cancellationToken);
        }

        var courses = await db.Courses.Where(c => c.PlatformId == platformId && !db.AiConsents.Any(a => a.CourseId == c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (long courseId in courses)
        {
            await consents.SetCourseAsync(courseId, enabled: true, null, SeededBy, cancellationToken);
        }
    }

    private async Task UpsertPersonaAsync(long platformId, DemoPersona persona, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(platformId, persona.Subject, cancellationToken);
        person.Name ??= persona.Name;
        person.Email ??= persona.Email;
        var roles = LtiRoles.Parse(persona.Roles);
        person.IsReviewer = roles.IsInstitutionAdministrator;

        long courseId = await db.Courses.Where(c => c.PlatformId == platformId && c.ContextId == persona.CourseContextId).Select(c => c.Id).SingleAsync(cancellationToken);
        if (!await db.Enrollments.AnyAsync(e => e.CourseId == courseId && e.PersonId == person.Id, cancellationToken))
        {
            db.Enrollments.Add(new Enrollment { CourseId = courseId, PersonId = person.Id, Roles = LaunchFactsMapper.ToCourseRoles(roles), UpdatedAt = time.GetUtcNow() });
        }

        foreach (string menteeSubject in persona.Mentees)
        {
            var mentee = await PersonAsync(platformId, menteeSubject, cancellationToken);
            if (!await db.MentorLinks.AnyAsync(m => m.MentorId == person.Id && m.StudentId == mentee.Id, cancellationToken))
            {
                db.MentorLinks.Add(new MentorLink { MentorId = person.Id, StudentId = mentee.Id });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Person> PersonAsync(long platformId, string subject, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.PlatformId == platformId && p.Subject == subject, cancellationToken);
        if (person is null)
        {
            person = new Person { PlatformId = platformId, Subject = subject };
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }
}
