using System.Globalization;

namespace Addin.Web.Apis.Tus;

/// <summary>The parts of the tus 1.0.0 resumable upload protocol Addin speaks: core, creation, termination and expiration.</summary>
/// <remarks>https://tus.io/protocols/resumable-upload</remarks>
public static class TusProtocol
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,termination,expiration";
    public const string PieceContentType = "application/offset+octet-stream";

    public const string ResumableHeader = "Tus-Resumable";
    public const string VersionHeader = "Tus-Version";
    public const string ExtensionHeader = "Tus-Extension";
    public const string MaxSizeHeader = "Tus-Max-Size";
    public const string OffsetHeader = "Upload-Offset";
    public const string LengthHeader = "Upload-Length";
    public const string DeferLengthHeader = "Upload-Defer-Length";
    public const string MetadataHeader = "Upload-Metadata";
    public const string ExpiresHeader = "Upload-Expires";

    /// <summary>Addin's own answer to the piece that completes an upload: the page of the new recording.</summary>
    public const string RecordingUrlHeader = "Addin-Recording-Url";

    /// <summary>A non-negative byte count from a header, as the protocol writes it (digits only).</summary>
    public static bool TryParseCount(string? value, out long count) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count);

    /// <summary>A time as <c>Upload-Expires</c> gives it (RFC 9110 HTTP-date).</summary>
    public static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
}
