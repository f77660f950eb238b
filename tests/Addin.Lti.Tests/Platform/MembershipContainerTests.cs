using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.Platform;
using Addin.Lti.Services.NamesRoles;

namespace Addin.Lti.Tests.Platform;

/// <summary>The membership pages a platform writes are what the tool's parser reads, mentors' students included.</summary>
public sealed class MembershipContainerTests
{
    private static readonly Uri PageUrl = new("https://platform.test/courses/7/memberships?page=2");

    [Fact]
    public void WritePage_ReadBackByTheToolsParser_GivesTheSameMembers()
    {
        NamesRolesMember[] members =
        [
            new("t-1", MemberStatus.Active, [LtiRoleUris.Instructor]) { Name = "Ana Rivera", GivenName = "Ana", FamilyName = "Rivera", Email = "ana@school.test" },
            new("s-1", MemberStatus.Inactive, [LtiRoleUris.Learner]) { LisPersonSourcedId = "SIS-1" },
            new("p-1", MemberStatus.Active, [LtiRoleUris.Mentor]) { Name = "Jordan Lee", MentoredUserIds = ["s-1", "s-2"] },
        ];

        var page = MembershipParser.Parse(MembershipContainer.WritePage(PageUrl, new NamesRolesContext("ctx-7", "ALG", "Algebra"), members));

        Assert.Equal(PageUrl.AbsoluteUri, page.Id);
        Assert.Equal(new NamesRolesContext("ctx-7", "ALG", "Algebra"), page.Context);
        Assert.Equal(3, page.Members.Count);
        var teacher = page.Members[0];
        Assert.Equal(("t-1", MemberStatus.Active, "Ana Rivera", "Ana", "Rivera", "ana@school.test"), (teacher.UserId, teacher.Status, teacher.Name, teacher.GivenName, teacher.FamilyName, teacher.Email));
        Assert.Equal([LtiRoleUris.Instructor], teacher.Roles);
        Assert.Empty(teacher.MentoredUserIds);
        Assert.Equal((MemberStatus.Inactive, "SIS-1"), (page.Members[1].Status, page.Members[1].LisPersonSourcedId));
        Assert.Equal(["s-1", "s-2"], page.Members[2].MentoredUserIds);
        Assert.True(page.Members[2].RoleSet.IsMentor);
    }

    [Fact]
    public void Parse_MentorWithRoleScopeMentorInItsMessages_ReadsEveryStudentOnce()
    {
        const string body = """
            {
              "id": "https://platform.test/memberships",
              "members": [
                {
                  "user_id": "parent-1",
                  "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"],
                  "message": [
                    { "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
                      "https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor": ["child-1", "", 42] },
                    { "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiSubmissionReviewRequest",
                      "https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor": ["child-1", "child-2"] },
                    "not an object"
                  ]
                },
                { "user_id": "parent-2", "roles": ["Mentor"], "message": { "not": "an array" } }
              ]
            }
            """;

        var page = MembershipParser.Parse(body);

        Assert.Equal(["child-1", "child-2"], page.Members[0].MentoredUserIds);
        Assert.Empty(page.Members[1].MentoredUserIds);
    }

    [Fact]
    public void NextLink_IsALinkHeaderWithRelNext()
    {
        Assert.Equal("<https://platform.test/courses/7/memberships?page=2>; rel=\"next\"", MembershipContainer.NextLink(PageUrl));
    }

    [Fact]
    public void IdTokenBuilder_WithNamesRoleService_SendsTheClaimTheLaunchReaderReads()
    {
        var payload = new IdTokenBuilder(TimeProvider.System)
            .ForTool("https://platform.test", "client-1", "deployment-1")
            .WithSubject("user-1")
            .WithNonce("n-1")
            .WithNamesRoleService(new LtiNamesRoleService(new Uri("https://platform.test/courses/7/memberships"), ["2.0"]))
            .BuildPayload();
        using var json = JsonDocument.Parse(payload.ToJsonString());

        var claim = Addin.Lti.Launch.ServiceClaimsReader.ReadNamesRoles(new ClaimSet(json.RootElement));

        Assert.NotNull(claim);
        Assert.Equal(new Uri("https://platform.test/courses/7/memberships"), claim.ContextMembershipsUrl);
        Assert.Equal(["2.0"], claim.ServiceVersions);
    }
}
