using System.Net.Http.Headers;
using System.Text;

namespace Addin.Plugins.AzureBlob;

/// <summary>The Content-Disposition a SAS URL asks the service to send, so the browser saves under a chosen name.</summary>
internal static class DownloadDisposition
{
    /// <summary><c>attachment</c> with the name as UTF-8 (<c>filename*</c>, RFC 6266) and an ASCII fallback.</summary>
    public static string For(string fileName)
    {
        string clean = new(fileName.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray());
        if (clean.Trim().Length == 0)
        {
            clean = "download";
        }

        var ascii = new StringBuilder(clean.Length);
        foreach (char c in clean)
        {
            ascii.Append(c is >= ' ' and <= '~' ? c : '_');
        }

        return new ContentDispositionHeaderValue("attachment") { FileName = $"\"{ascii}\"", FileNameStar = clean }.ToString();
    }
}
