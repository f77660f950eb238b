namespace Addin.Testing;

/// <summary>The Azurite (Azure Blob Storage emulator) that ./addin test starts on 127.0.0.1.</summary>
internal static class AzuriteServer
{
    public const string Variable = "ADDIN_TEST_AZURITE";

    /// <summary>A connection string with Azurite's well-known development account key, which can sign SAS URLs.</summary>
    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"{Variable} is not set. Run the suite with './addin test', which starts Azurite on 127.0.0.1 and sets it.");

    /// <summary>A container name no other test uses.</summary>
    public static string NewContainerName() => "test-" + Guid.NewGuid().ToString("N");
}
