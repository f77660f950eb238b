using System.Text.Json;
using Addin.Lti.Claims;

namespace Addin.Lti.Services.NamesRoles;

/// <summary>
/// Reads one page of an NRPS membership container, tolerantly: optional fields may be missing or of another JSON type
/// (ignored), a missing status means Active, and a member without a <c>user_id</c> is skipped (and counted).
/// </summary>
internal static class MembershipParser
{
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static Page Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected a JSON object, got {root.ValueKind}");
        }

        NamesRolesContext? context = null;
        if (root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Object && Text(c, "id") is { Length: > 0 } contextId)
        {
            context = new NamesRolesContext(contextId, Text(c, "label"), Text(c, "title"));
        }

        var members = new List<NamesRolesMember>();
        var skipped = 0;
        var unknownStatuses = new List<string>();
        if (root.TryGetProperty("members", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in list.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object || Text(m, "user_id") is not { Length: > 0 } userId)
                {
                    skipped++;
                    continue;
                }

                var rawStatus = Text(m, "status");
                var status = StatusOf(rawStatus);
                if (status is null)
                {
                    // An unknown status gives no access: read it as Inactive, and say so.
                    unknownStatuses.Add(rawStatus!);
                }

                members.Add(new NamesRolesMember(userId, status ?? MemberStatus.Inactive, Roles(m))
                {
                    Name = Text(m, "name"),
                    GivenName = Text(m, "given_name"),
                    FamilyName = Text(m, "family_name"),
                    MiddleName = Text(m, "middle_name"),
                    Email = Text(m, "email"),
                    Picture = Text(m, "picture"),
                    LisPersonSourcedId = Text(m, "lis_person_sourcedid"),
                    Lti11LegacyUserId = Text(m, "lti11_legacy_user_id"),
                    MentoredUserIds = MentoredUserIds(m),
                });
            }
        }

        return new Page(Text(root, "id"), context, members, skipped, unknownStatuses);
    }

    private static MemberStatus? StatusOf(string? status) => status switch
    {
        null or "" => MemberStatus.Active,
        _ when status.Equals("Active", StringComparison.OrdinalIgnoreCase) => MemberStatus.Active,
        _ when status.Equals("Inactive", StringComparison.OrdinalIgnoreCase) => MemberStatus.Inactive,
        _ when status.Equals("Deleted", StringComparison.OrdinalIgnoreCase) => MemberStatus.Deleted,
        _ => null,
    };

    private static List<string> Roles(JsonElement member) =>
        member.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];

    // The message section holds, per message type, the claims a launch of this member would carry; a mentor's
    // role_scope_mentor may be in any of them.
    private static List<string> MentoredUserIds(JsonElement member) =>
        member.TryGetProperty("message", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object)
                .SelectMany(m => m.TryGetProperty(LtiClaimNames.RoleScopeMentor, out var ids) && ids.ValueKind == JsonValueKind.Array
                    ? ids.EnumerateArray().Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)
                    : [])
                .Where(id => id.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList()
            : [];

    // Ids are strings in the spec, but some platforms send numbers.
    private static string? Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : null;

    internal sealed record Page(
        string? Id, NamesRolesContext? Context, IReadOnlyList<NamesRolesMember> Members, int SkippedMembers, IReadOnlyList<string> UnknownStatuses);
}
