using Addin.Lti.Claims;

namespace Addin.Lti.Tests.Claims;

public sealed class LtiRolesTests
{
    [Theory]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor", nameof(LtiRoles.IsInstructor))]
    [InlineData("Instructor", nameof(LtiRoles.IsInstructor))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant", nameof(LtiRoles.IsTeachingAssistant))]
    [InlineData("TeachingAssistant", nameof(LtiRoles.IsTeachingAssistant))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", nameof(LtiRoles.IsLearner))]
    [InlineData("Learner", nameof(LtiRoles.IsLearner))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor", nameof(LtiRoles.IsMentor))]
    [InlineData("Mentor", nameof(LtiRoles.IsMentor))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper", nameof(LtiRoles.IsContentDeveloper))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator", nameof(LtiRoles.IsCourseAdministrator))]
    [InlineData("Administrator", nameof(LtiRoles.IsCourseAdministrator))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator", nameof(LtiRoles.IsInstitutionAdministrator))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator", nameof(LtiRoles.IsInstitutionAdministrator))]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin", nameof(LtiRoles.IsInstitutionAdministrator))]
    [InlineData("  http://purl.imsglobal.org/vocab/lis/v2/membership#Learner ", nameof(LtiRoles.IsLearner))]
    public void Parse_OneRole_SetsExactlyItsFlag(string role, string expectedFlag)
    {
        var roles = LtiRoles.Parse([role]);

        Assert.Equal([expectedFlag], SetFlags(roles));
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Mentor")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/system/person#User")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Lecturer")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/uknownrole/unknown#Unknown")]
    [InlineData("https://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")]
    [InlineData("http://purl.imsglobal.org/vocab/lis/v2/membership#instructor")]
    [InlineData("urn:lti:role:ims/lis/Instructor")]
    [InlineData("Helper")]
    public void Parse_UnknownOrNonContextRole_SetsNoFlag(string role)
    {
        Assert.Equal(LtiRoles.None, LtiRoles.Parse([role]));
    }

    [Fact]
    public void Parse_CanvasTeacherRoles_InstructorOnly()
    {
        var roles = LtiRoles.Parse(
        [
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#User",
        ]);

        Assert.Equal([nameof(LtiRoles.IsInstructor)], SetFlags(roles));
    }

    [Fact]
    public void Parse_TeachingAssistantWithPrincipalRole_SetsBoth()
    {
        var roles = LtiRoles.Parse([LtiRoleUris.Instructor, LtiRoleUris.TeachingAssistant]);

        Assert.True(roles.IsInstructor);
        Assert.True(roles.IsTeachingAssistant);
    }

    private static string[] SetFlags(LtiRoles roles) =>
        typeof(LtiRoles).GetProperties()
            .Where(p => p.PropertyType == typeof(bool) && (bool)p.GetValue(roles)!)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
