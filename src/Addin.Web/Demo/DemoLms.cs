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

    /// <summary>Next year's Algebra, copied in the LMS from this year's: shows how a course copy works.</summary>
    public static readonly DemoCourse AlgebraNextYear = new("demo-ctx-alg-101-next", "alg-101-next", "Algebra 1 (next year)", "ALG-101-N", Algebra.ContextId);

    public static readonly IReadOnlyList<DemoCourse> Courses = [Algebra, Biology, AlgebraNextYear];

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
        new("student3", "demo-student-riley", "Riley Park", "riley.park@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "Joined Algebra 1 late: Addin learns of Riley from the LMS roster (roster sync) before Riley ever opens it.")
        {
            JoinsByRosterSync = true,
        },
        new("parent", "demo-parent-jordan", "Jordan Lee", "jordan.lee@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.Mentor], ["demo-student-sam"],
            "Sam's parent (LTI mentor): sees what Sam sees, nothing else."),
        new("reviewer", "demo-reviewer-pat", "Pat Morgan", "pat.morgan@demo-school.test", Algebra.ContextId,
            [LtiRoleUris.InstitutionAdministrator], [],
            "Quality reviewer (institution administrator): every session of the school."),
        new("outsider", "demo-student-bo", "Bo Chen", "bo.chen@demo-school.test", Biology.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "A Biology student: no Algebra recordings at all."),
        new("instructor-next", "demo-instructor-rivera", "Ana Rivera", "ana.rivera@demo-school.test", AlgebraNextYear.ContextId,
            [LtiRoleUris.Instructor, LtiRoleUris.InstitutionInstructor], [],
            "Teaches next year's copy of Algebra 1: decides whether this year's class recordings are shown there."),
        new("student-next", "demo-student-dana", "Dana Ortiz", "dana.ortiz@demo-school.test", AlgebraNextYear.ContextId,
            [LtiRoleUris.Learner, LtiRoleUris.InstitutionStudent], [],
            "Next year's student: sees this year's class recordings only once the teacher brings them."),
    ];

    public static DemoPersona? Persona(string key) => Personas.FirstOrDefault(p => p.Key == key);


    public static DemoCourse Course(string contextId) => Courses.Single(c => c.ContextId == contextId);
}
