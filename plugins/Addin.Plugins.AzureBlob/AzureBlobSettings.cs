namespace Addin.Plugins.AzureBlob;

/// <summary>The <c>azure-blob</c> provider's settings.</summary>
public sealed class AzureBlobSettings
{
    /// <summary>The storage account's connection string; a secret that comes from configuration.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob container, created when missing.</summary>
    public string Container { get; set; } = "addin-media";

    /// <summary>A folder inside the container every key is kept under; empty for none.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>The longest a SAS URL stays valid.</summary>
    public TimeSpan MaxSasValidity { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The access tier of new blobs (Hot, Cool, Cold); null for the account's default.</summary>
    public string? AccessTier { get; set; }
}
