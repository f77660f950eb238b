namespace Addin.Lti.Claims;

/// <summary>The LIS v2 role URIs this tool acts on (LTI 1.3 Core, appendix A.2).</summary>
public static class LtiRoleUris
{
    public const string Prefix = "http://purl.imsglobal.org/vocab/lis/v2/";

    // Context (membership) roles
    public const string Instructor = Prefix + "membership#Instructor";
    public const string TeachingAssistant = Prefix + "membership/Instructor#TeachingAssistant";
    public const string Learner = Prefix + "membership#Learner";
    public const string Mentor = Prefix + "membership#Mentor";
    public const string ContentDeveloper = Prefix + "membership#ContentDeveloper";
    public const string CourseAdministrator = Prefix + "membership#Administrator";

    // Institution and system roles
    public const string InstitutionAdministrator = Prefix + "institution/person#Administrator";
    public const string InstitutionStudent = Prefix + "institution/person#Student";
    public const string InstitutionInstructor = Prefix + "institution/person#Instructor";
    public const string SystemAdministrator = Prefix + "system/person#Administrator";
    public const string SystemSysAdmin = Prefix + "system/person#SysAdmin";
}
