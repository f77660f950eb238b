using Addin.Core.Courses;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Retention;

/// <summary>Sets and reads the retention policies: one per platform, and any course's own that overrides it.</summary>
public sealed class RetentionPolicies(AddinDbContext db, TimeProvider time)
{
    public const int MaxDays = 36500;

    /// <summary>The tiers a policy may move media to.</summary>
    public static readonly IReadOnlyList<string> Tiers = ["Cool", "Cold", "Archive"];

    /// <summary>
    /// Sets the platform's policy (<paramref name="courseId"/> null) or a course's, replacing the one it had.
    /// </summary>
    /// <exception cref="ArgumentException">A number of days or a tier is not acceptable; the message says what to give.</exception>
    public async Task<RetentionPolicy> SetAsync(long platformId, long? courseId, int? deleteAfterDays, int? moveAfterDays, string? tier, CancellationToken cancellationToken)
    {
        Validate(deleteAfterDays, moveAfterDays, tier);
        var policy = await db.RetentionPolicies.SingleOrDefaultAsync(p => p.PlatformId == platformId && p.CourseId == courseId, cancellationToken);
        if (policy is null)
        {
            policy = new RetentionPolicy { PlatformId = platformId, CourseId = courseId };
            db.RetentionPolicies.Add(policy);
        }

        policy.DeleteAfterDays = deleteAfterDays;
        policy.MoveAfterDays = moveAfterDays;
        policy.Tier = tier is null ? null : Tiers.Single(t => string.Equals(t, tier, StringComparison.OrdinalIgnoreCase));
        policy.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    /// <summary>Removes a course's own policy, so its platform's applies again. False when it had none.</summary>
    public async Task<bool> ClearCourseAsync(long platformId, long courseId, CancellationToken cancellationToken) =>
        await db.RetentionPolicies.Where(p => p.PlatformId == platformId && p.CourseId == courseId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Every policy with its scope in words, the platforms' first.</summary>
    public async Task<PolicySet> AllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.RetentionPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var platformIds = rows.Select(r => r.PlatformId).Distinct().ToList();
        var courseIds = rows.Where(r => r.CourseId is not null).Select(r => r.CourseId!.Value).ToList();
        var platforms = await db.Platforms.Where(p => platformIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Key, cancellationToken);
        var courses = await db.Courses.Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Key, cancellationToken);
        return new PolicySet([.. rows
            .Select(r => Scoped(r, platforms[r.PlatformId], r.CourseId is { } course ? courses[course] : null))
            .OrderBy(p => p.PlatformKey, StringComparer.Ordinal).ThenBy(p => p.CourseKey is not null).ThenBy(p => p.CourseKey, StringComparer.Ordinal)]);
    }

    private static ScopedPolicy Scoped(RetentionPolicy policy, string platform, string? course) =>
        new(policy, policy.Describe(course is null ? $"platform '{platform}'" : $"course '{course}' (platform '{platform}')"), platform, course);

    private static void Validate(int? deleteAfterDays, int? moveAfterDays, string? tier)
    {
        if (deleteAfterDays is < 1 or > MaxDays)
        {
            throw new ArgumentException($"Days before deletion must be a whole number from 1 to {MaxDays}; {deleteAfterDays} is not.", nameof(deleteAfterDays));
        }

        if (moveAfterDays is < 0 or > MaxDays)
        {
            throw new ArgumentException($"Days before moving to a cooler tier must be a whole number from 0 to {MaxDays}; {moveAfterDays} is not.", nameof(moveAfterDays));
        }

        if ((moveAfterDays is null) != (tier is null))
        {
            throw new ArgumentException("Give both the tier and the days after which media moves to it, or neither.", nameof(tier));
        }

        if (tier is not null && !Tiers.Contains(tier, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{tier}' is not a storage tier; use one of {string.Join(", ", Tiers)}.", nameof(tier));
        }

        if (deleteAfterDays is { } delete && moveAfterDays is { } move && move >= delete)
        {
            throw new ArgumentException($"Media would be deleted (after {delete} days) before it moves (after {move} days); move it sooner or delete it later.", nameof(moveAfterDays));
        }

        if (deleteAfterDays is null && moveAfterDays is null)
        {
            throw new ArgumentException("A policy needs days before deletion, or a tier and the days before moving to it (or both).", nameof(deleteAfterDays));
        }
    }
}

/// <summary>A policy with its scope.</summary>
public sealed record ScopedPolicy(RetentionPolicy Policy, string Description, string PlatformKey, string? CourseKey);

/// <summary>Every policy; finds the one that applies to a course.</summary>
public sealed class PolicySet(IReadOnlyList<ScopedPolicy> policies)
{
    public IReadOnlyList<ScopedPolicy> All => policies;

    /// <summary>The course's own policy, else its platform's; null when neither has one (recordings are kept).</summary>
    public ScopedPolicy? For(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return policies.FirstOrDefault(p => p.Policy.CourseId == course.Id)
            ?? policies.FirstOrDefault(p => p.Policy.PlatformId == course.PlatformId && p.Policy.CourseId is null);
    }
}
