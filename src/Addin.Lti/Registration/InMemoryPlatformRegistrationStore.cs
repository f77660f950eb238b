using System.Collections.Concurrent;

namespace Addin.Lti.Registration;

/// <summary>A registration store held in memory, for tests and the demo platform.</summary>
public sealed class InMemoryPlatformRegistrationStore : IPlatformRegistrationStore
{
    private readonly ConcurrentDictionary<string, PlatformRegistration> _byKey = new(StringComparer.Ordinal);
    private readonly Lock _recording = new();

    /// <summary>Creates the store with an initial set of registrations.</summary>
    public InMemoryPlatformRegistrationStore(params IEnumerable<PlatformRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            Add(registration);
        }
    }

    /// <summary>Adds or replaces the registration with the same <see cref="PlatformRegistration.Key"/>.</summary>
    public void Add(PlatformRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        _byKey[registration.Key] = registration;
    }

    /// <summary>Removes the registration with this key, if any.</summary>
    public bool Remove(string key) => _byKey.TryRemove(key, out _);

    /// <inheritdoc />
    public Task<IReadOnlyList<PlatformRegistration>> FindByIssuerAsync(string issuer, CancellationToken ct)
    {
        IReadOnlyList<PlatformRegistration> found = _byKey.Values
            .Where(r => string.Equals(r.Issuer, issuer, StringComparison.Ordinal))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(found);
    }

    /// <inheritdoc />
    public Task<bool> RecordFirstDeploymentAsync(string registrationKey, string deploymentId, CancellationToken ct)
    {
        lock (_recording)
        {
            if (!_byKey.TryGetValue(registrationKey, out var registration))
            {
                return Task.FromResult(false);
            }

            if (registration.AwaitsFirstDeployment)
            {
                _byKey[registrationKey] = registration with { DeploymentIds = new HashSet<string>(StringComparer.Ordinal) { deploymentId } };
                return Task.FromResult(true);
            }

            return Task.FromResult(registration.DeploymentIds.Contains(deploymentId));
        }
    }
}
