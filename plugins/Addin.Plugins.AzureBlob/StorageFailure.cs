using Azure;

namespace Addin.Plugins.AzureBlob;

/// <summary>Says in one sentence why a call to the storage account failed, naming the setting to check.</summary>
internal static class StorageFailure
{
    /// <summary>Failures of the storage service or of the way to it (after the client's retries).</summary>
    public static bool IsStorageFailure(Exception ex) => ex is RequestFailedException or AggregateException { InnerException: RequestFailedException };

    /// <summary>The problem, for an exception <see cref="IsStorageFailure"/> accepts.</summary>
    /// <param name="endpoint">The account's blob endpoint, without any query (a SAS would be a secret).</param>
    /// <param name="container">The container's name.</param>
    public static (string Setting, string Problem) Describe(Exception ex, Uri endpoint, string container)
    {
        var failure = ex as RequestFailedException ?? ex.InnerException as RequestFailedException;
        return failure switch
        {
            { Status: 0 } => ("/connectionString",
                $"the blob endpoint {endpoint} cannot be reached ({failure.InnerException?.Message ?? failure.Message}); check the connection string's account or BlobEndpoint and the network"),
            { Status: 401 or 403 } => ("/connectionString",
                $"the storage account at {endpoint} refused the credentials ({failure.ErrorCode ?? failure.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}); check the connection string's AccountKey or SharedAccessSignature and its permissions"),
            { Status: 404 } => ("/container", $"the container '{container}' does not exist at {endpoint}"),
            _ => ("/connectionString",
                $"the storage account at {endpoint} answered {failure?.Status} {failure?.ErrorCode}: {FirstLine(failure?.Message ?? ex.Message)}"),
        };
    }

    // The service's message repeats the request's headers after its first line.
    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
