namespace Addin.Sdk.Plugins;

/// <summary>Optional: a provider that can tell whether it can work right now (reachable, configured).</summary>
public interface IHealthReporting
{
    /// <summary>Checks the provider. Returns null when healthy, otherwise what is wrong.</summary>
    Task<string?> CheckHealthAsync(CancellationToken cancellationToken);
}
