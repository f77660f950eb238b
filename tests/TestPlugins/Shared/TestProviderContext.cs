using System.Text.Json;
using Addin.Sdk.Plugins;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Testing;

/// <summary>A <see cref="ProviderContext"/> as the host would build it, for tests of providers and factories.</summary>
internal static class TestProviderContext
{
    public static ProviderContext Create(string providerId, string hostDataDirectory, string settingsJson = "{}", TimeProvider? time = null, Func<HttpClient>? http = null) => new()
    {
        ProviderId = providerId,
        PlatformKey = "test-platform",
        Settings = JsonElement.Parse(settingsJson),
        LoggerFactory = NullLoggerFactory.Instance,
        CreateHttpClient = http ?? (() => throw new InvalidOperationException("These tests make no HTTP calls.")),
        Time = time ?? TimeProvider.System,
        DataDirectory = Path.Combine(hostDataDirectory, "providers", providerId),
        HostDataDirectory = hostDataDirectory,
    };
}
