using System.Text.Json.Nodes;
using Addin.Lti.Claims;
using Addin.Lti.Services.NamesRoles;

namespace Addin.Lti.Platform;

/// <summary>
/// The platform side of Names and Role Provisioning Services 2.0: one page of a context's membership container, in
/// the wire format tools read (media type <see cref="NamesRolesConstants.MembershipContainerMediaType"/>), and the
/// <c>Link</c> header that leads to the next page.
/// </summary>
public static class MembershipContainer
{
    /// <summary>The JSON body of one page.</summary>
    /// <param name="id">The URL of this membership container (the page's own URL).</param>
    /// <param name="context">The context whose members these are.</param>
    /// <param name="members">The members on this page.</param>
    public static string WritePage(Uri id, NamesRolesContext context, IEnumerable<NamesRolesMember> members)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(members);
        var contextJson = new JsonObject { ["id"] = context.Id };
        AddIfPresent(contextJson, "label", context.Label);
        AddIfPresent(contextJson, "title", context.Title);
        return new JsonObject
        {
            ["id"] = id.AbsoluteUri,
            ["context"] = contextJson,
            ["members"] = new JsonArray(members.Select(Member).ToArray<JsonNode?>()),
        }.ToJsonString();
    }

    /// <summary>The <c>Link</c> header value pointing to the next page.</summary>
    public static string NextLink(Uri next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return $"<{next.AbsoluteUri}>; rel=\"next\"";
    }

    private static JsonObject Member(NamesRolesMember member)
    {
        var json = new JsonObject
        {
            ["status"] = member.Status.ToString(),
            ["user_id"] = member.UserId,
            ["roles"] = new JsonArray(member.Roles.Select(r => (JsonNode?)r).ToArray()),
        };
        AddIfPresent(json, "name", member.Name);
        AddIfPresent(json, "given_name", member.GivenName);
        AddIfPresent(json, "family_name", member.FamilyName);
        AddIfPresent(json, "middle_name", member.MiddleName);
        AddIfPresent(json, "email", member.Email);
        AddIfPresent(json, "picture", member.Picture);
        AddIfPresent(json, "lis_person_sourcedid", member.LisPersonSourcedId);
        AddIfPresent(json, "lti11_legacy_user_id", member.Lti11LegacyUserId);
        if (member.MentoredUserIds.Count > 0)
        {
            // A mentor's mentees travel as the claim a launch of theirs would carry, in the member's message section.
            json["message"] = new JsonArray(new JsonObject
            {
                [LtiClaimNames.MessageType] = LtiMessageTypes.ResourceLinkRequest,
                [LtiClaimNames.RoleScopeMentor] = new JsonArray(member.MentoredUserIds.Select(id => (JsonNode?)id).ToArray()),
            });
        }

        return json;
    }

    private static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
