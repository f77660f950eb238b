namespace Addin.Core.Persistence;

/// <summary>
/// One key of the host's ASP.NET Core Data Protection key ring, as the XML the key manager writes. Kept in the database
/// when several Addin processes share it, so a token or signed URL one issues is read by every other.
/// </summary>
public sealed class DataProtectionKeyRecord
{
    public long Id { get; set; }

    /// <summary>The key manager's name for the element (<c>key-&lt;guid&gt;</c>).</summary>
    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
