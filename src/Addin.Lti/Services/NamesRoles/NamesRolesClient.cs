using System.Globalization;
using System.Text.Json;
using Addin.Lti.Registration;
using Addin.Lti.Services.Tokens;
using Microsoft.Extensions.Logging;

namespace Addin.Lti.Services.NamesRoles;

/// <summary>
/// Reads a context's members from the platform's Names and Role Provisioning Service 2.0, following the
/// <c>Link: rel="next"</c> pages to the end and keeping the <c>rel="differences"</c> link for the next sync.
/// </summary>
/// <remarks>
/// Stateless apart from the token cache of the <see cref="ServiceTokenClient"/>, so it may be a typed HttpClient.
/// Service calls refresh the token once on 401 and wait out 429/503 as <see cref="LtiServiceOptions"/> allows.
/// </remarks>
public sealed partial class NamesRolesClient
{
    private static readonly string[] Scopes = [NamesRolesConstants.ContextMembershipReadOnlyScope];

    private readonly ServiceRequestSender _sender;
    private readonly ILogger<NamesRolesClient> _logger;

    /// <summary>Creates the client.</summary>
    public NamesRolesClient(HttpClient http, ServiceTokenClient tokens, ILogger<NamesRolesClient> logger)
    {
        _sender = new ServiceRequestSender(http, tokens, logger);
        _logger = logger;
    }

    /// <summary>
    /// All members of the context at <paramref name="contextMembershipsUrl"/> (the launch's
    /// <c>namesroleservice.context_memberships_url</c>), across every page.
    /// </summary>
    /// <exception cref="LtiServiceException">The platform refused, failed, or its paging links were unsafe.</exception>
    public Task<Membership> GetMembersAsync(PlatformRegistration platform, Uri contextMembershipsUrl, NamesRolesQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(query);
        ServiceUrls.RequireHttp(contextMembershipsUrl, nameof(contextMembershipsUrl));
        if (query.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "NamesRolesQuery.Limit must be positive.");
        }

        var first = ServiceUrls.WithQuery(
            contextMembershipsUrl,
            ("role", string.IsNullOrWhiteSpace(query.Role) ? null : query.Role.Trim()),
            ("limit", query.Limit?.ToString(CultureInfo.InvariantCulture)),
            ("rlid", string.IsNullOrWhiteSpace(query.ResourceLinkId) ? null : query.ResourceLinkId));
        return ReadAllAsync(platform, first, ct);
    }

    /// <summary>
    /// The changes since an earlier sync: members added, changed, made Inactive or Deleted, read from the
    /// <see cref="Membership.DifferencesUrl"/> that sync returned.
    /// </summary>
    /// <exception cref="LtiServiceException">The platform refused, failed, or its paging links were unsafe.</exception>
    public Task<Membership> GetDifferencesAsync(PlatformRegistration platform, Uri differencesUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ServiceUrls.RequireHttp(differencesUrl, nameof(differencesUrl));
        return ReadAllAsync(platform, differencesUrl, ct);
    }

    private async Task<Membership> ReadAllAsync(PlatformRegistration platform, Uri first, CancellationToken ct)
    {
        string? id = null;
        NamesRolesContext? context = null;
        Uri? differences = null;
        var members = new List<NamesRolesMember>();
        await foreach (var page in _sender.GetPagesAsync(platform, Scopes, first, NamesRolesConstants.MembershipContainerMediaType, ct))
        {
            MembershipParser.Page parsed;
            try
            {
                parsed = MembershipParser.Parse(page.Body);
            }
            catch (JsonException ex)
            {
                throw ServiceRequestSender.InvalidResponse(platform, page.Url, "the membership container is not a JSON object", ex);
            }

            if (parsed.SkippedMembers > 0)
            {
                LogMembersSkipped(platform.Key, ServiceUrls.Redact(page.Url), parsed.SkippedMembers);
            }

            foreach (var status in parsed.UnknownStatuses.Distinct(StringComparer.Ordinal))
            {
                LogUnknownStatus(platform.Key, status);
            }

            id ??= parsed.Id;
            context ??= parsed.Context;
            differences = page.DifferencesUrl ?? differences;
            members.AddRange(parsed.Members);
        }

        LogMembershipRead(platform.Key, ServiceUrls.Redact(first), members.Count, differences is not null);
        return new Membership(id, context, members, differences);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {MemberCount} members from {Url} of registration {RegistrationKey}; differences link: {HasDifferences}")]
    private partial void LogMembershipRead(string registrationKey, Uri url, int memberCount, bool hasDifferences);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Count} members without user_id on {Url} of registration {RegistrationKey}")]
    private partial void LogMembersSkipped(string registrationKey, Uri url, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registration {RegistrationKey} sent the unknown member status {Status}; those members are read as Inactive")]
    private partial void LogUnknownStatus(string registrationKey, string status);
}
