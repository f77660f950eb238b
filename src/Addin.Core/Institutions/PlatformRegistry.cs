using Addin.Core.Courses;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Institutions;

/// <summary>Registers LMS platforms for institutions, checks what is registered, and removes unused registrations.</summary>
public sealed class PlatformRegistry(AddinDbContext db, PlatformRegistrationChanges changes)
{
    /// <summary>Creates or updates (by key) a registration; returns the problems instead when the request cannot work.</summary>
    public async Task<(Platform? Platform, IReadOnlyList<string> Problems)> RegisterAsync(PlatformRegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = Validate(request).ToList();
        var clash = await db.Platforms.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Issuer == request.Issuer && p.ClientId == request.ClientId && p.Key != request.Key, cancellationToken);
        if (clash is not null)
        {
            problems.Add($"issuer {request.Issuer} with client id {request.ClientId} is already registered as '{clash.Key}'; update that one instead.");
        }

        var platform = await db.Platforms.Include(p => p.Institution).Include(p => p.Deployments).SingleOrDefaultAsync(p => p.Key == request.Key, cancellationToken);
        if (request.RegisteredByPlatform)
        {
            problems.AddRange(await SelfRegistrationProblemsAsync(request, platform, cancellationToken));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (platform is null)
        {
            platform = new Platform
            {
                Key = request.Key,
                Name = request.Name,
                Issuer = request.Issuer,
                ClientId = request.ClientId,
                AuthorizationEndpoint = request.AuthorizationEndpoint.ToString(),
                JwksUri = request.JwksUri.ToString(),
            };
            db.Platforms.Add(platform);
        }

        // An LMS registering itself again stays in its institution, whatever name it gives now.
        if (!request.RegisteredByPlatform || platform.InstitutionId == 0)
        {
            string slug = CourseKeys.Slug(request.InstitutionName);
            platform.Institution = await db.Institutions.SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken)
                                   ?? db.Institutions.Add(new Institution { Name = request.InstitutionName, Slug = slug }).Entity;
        }

        platform.Name = request.Name;
        platform.Issuer = request.Issuer;
        platform.ClientId = request.ClientId;
        platform.AuthorizationEndpoint = request.AuthorizationEndpoint.ToString();
        platform.JwksUri = request.JwksUri.ToString();
        platform.TokenEndpoint = request.TokenEndpoint?.ToString();
        platform.AuthorizationServer = string.IsNullOrWhiteSpace(request.AuthorizationServer) ? null : request.AuthorizationServer.Trim();
        foreach (string deployment in request.DeploymentIds.Distinct(StringComparer.Ordinal).Where(d => platform.Deployments.All(x => x.DeploymentId != d)))
        {
            platform.Deployments.Add(new PlatformDeployment { DeploymentId = deployment });
        }

        await db.SaveChangesAsync(cancellationToken);
        changes.Note();
        return (platform, []);
    }

    /// <summary>
    /// Why an LMS registering itself may not create this institution; null when it may. The name must be free: joining
    /// an existing institution would let the LMS's people see that institution's recordings.
    /// </summary>
    public async Task<string?> SelfRegistrationInstitutionProblemAsync(string institutionName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institutionName);
        string slug = CourseKeys.Slug(institutionName);
        string? existing = await db.Institutions.AsNoTracking().Where(i => i.Slug == slug).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : $"institution '{existing}' exists already; an LMS that registers itself creates a new institution and never joins an existing one, whose recordings its people would then see.";
    }

    public async Task<IReadOnlyList<Platform>> ListAsync(CancellationToken cancellationToken) =>
        await db.Platforms.AsNoTracking().Include(p => p.Institution).Include(p => p.Deployments).OrderBy(p => p.Key).ToListAsync(cancellationToken);

    /// <summary>Removes a registration that has no courses yet; returns why not otherwise.</summary>
    public async Task<string?> RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var platform = await db.Platforms.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (platform is null)
        {
            return $"no platform is registered as '{key}'.";
        }

        int courses = await db.Courses.CountAsync(c => c.PlatformId == platform.Id, cancellationToken);
        if (courses > 0)
        {
            return $"'{key}' has {courses} course(s) with their recordings; removing it would remove them too. Keep it, or remove its courses first.";
        }

        db.Platforms.Remove(platform);
        await db.SaveChangesAsync(cancellationToken);
        changes.Note();
        return null;
    }

    private async Task<IEnumerable<string>> SelfRegistrationProblemsAsync(PlatformRegistrationRequest request, Platform? existing, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            return await SelfRegistrationInstitutionProblemAsync(request.InstitutionName, cancellationToken) is { } problem ? [problem] : [];
        }

        return existing.Issuer == request.Issuer && existing.ClientId == request.ClientId
            ? []
            : [$"key '{request.Key}' is registration {existing.Issuer} client {existing.ClientId}; an LMS that registers itself may update only its own registration."];
    }

    private static IEnumerable<string> Validate(PlatformRegistrationRequest request)
    {
        if (request.Key != CourseKeys.Slug(request.Key))
        {
            yield return $"key '{request.Key}' must be lower-case letters, digits and dashes, e.g. '{CourseKeys.Slug(request.Key)}'.";
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            yield return "name is empty.";
        }

        if (string.IsNullOrWhiteSpace(request.InstitutionName))
        {
            yield return "institution is empty.";
        }

        if (!Uri.TryCreate(request.Issuer, UriKind.Absolute, out var issuer) || !IsSecure(issuer))
        {
            yield return $"issuer '{request.Issuer}' must be the LMS's https URL exactly as its id_tokens say (the iss claim).";
        }

        if (string.IsNullOrWhiteSpace(request.ClientId))
        {
            yield return "client id is empty: copy it from the LMS's registration (Canvas: the developer key's id).";
        }

        foreach (var (name, url) in new[] { ("authorization URL", request.AuthorizationEndpoint), ("JWKS URL", request.JwksUri) }.Concat(
                     request.TokenEndpoint is null ? [] : [("token URL", request.TokenEndpoint)]))
        {
            if (!url.IsAbsoluteUri || !IsSecure(url))
            {
                yield return $"{name} '{url}' must be an absolute https URL.";
            }
        }

        if ((request.DeploymentIds.Count == 0 && !request.RegisteredByPlatform) || request.DeploymentIds.Any(string.IsNullOrWhiteSpace))
        {
            yield return "give at least one deployment id (Canvas and Moodle show it after the tool is added).";
        }
    }

    /// <summary>HTTPS, except on this machine (the demo platform, local test platforms).</summary>
    private static bool IsSecure(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);
}
