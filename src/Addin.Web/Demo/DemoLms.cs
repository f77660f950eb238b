using Addin.Lti.Claims;

namespace Addin.Web.Demo;

/// <summary>The built-in demo LMS: its courses and the people a newcomer can launch as.</summary>
public static class DemoLms
{
    public const string ClientId = "addin-demo-tool";
    public const string DeploymentId = "demo-deployment-1";
    public const string PlatformKey = "demo";

    public static readonly DemoCourse Algebra = new("demo-ctx-alg-101", "alg-101", "Algebra 1", "ALG-101");
    public static readonly DemoCourse Biology = new("demo-ctx-bio-201", "bio-201", "Biology", "BIO-201");

    public static readonly IReadOnlyList<DemoCourse> Courses = [Algebra, Biology];

    public static readonly IReadOnlyList<DemoPersona> Personas =
    [
        new("instructor", "demo-instructor-rivera", "Ana Rivera", "ana.rivera@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Instructor, LtiRoleUris.InstitutionInstructor], [],
            "Teaches Algebra 1: sees every recording of the course, uploads, watches the pipeline."),
        new("student", "demo-student-sam", "Sam Lee", "sam.lee@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "Algebra 1 student: the class recording and Sam's own tutoring session."),
        new("student2", "demo-student-alex", "Alex Kim", "alex.kim@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "Another Algebra 1 student: the class recording, not Sam's tutoring."),
        new("parent", "demo-parent-jordan", "Jordan Lee", "jordan.lee@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Mentor], ["demo-student-sam"],
            "Sam's parent (LTI mentor): sees what Sam sees, nothing else."),
        new("reviewer", "demo-reviewer-pat", "Pat Morgan", "pat.morgan@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.InstitutionAdministrator], [],
            "Quality reviewer (institution administrator): every session of the school."),
        new("outsider", "demo-student-bo", "Bo Chen", "bo.chen@demo-school.test", Biology.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "A Biology student: no Algebra recordings at all."),
    ];

    public static DemoPersona? Persona(string key) => Personas.FirstOrDefault(p => p.Key == key);

    public static DemoPersona? PersonaBySubject(string subject) => Personas.FirstOrDefault(p => p.Subject == subject);

    public static DemoCourse Course(string contextId) => Courses.Single(c => c.ContextId == contextId);
}
