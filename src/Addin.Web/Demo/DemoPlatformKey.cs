using Addin.Lti.Platform;
using Addin.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Addin.Web.Demo;

/// <summary>The demo platform's signing key, created once and kept in the data directory so launches survive restarts.</summary>
public sealed class DemoPlatformKey : IDisposable
{
    private const string KeyId = "demo-platform-1";

    public DemoPlatformKey(IOptions<AddinOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string folder = Path.Combine(options.Value.DataDirectory, "demo-platform");
        string path = Path.Combine(folder, "signing-key.pem");
        if (File.Exists(path))
        {
            Key = RsaSigningKey.FromPkcs8Pem(KeyId, File.ReadAllText(path));
            return;
        }

        Directory.CreateDirectory(folder);
        Key = RsaSigningKey.Create(KeyId);
        string partial = path + ".tmp";
        File.WriteAllText(partial, Key.ExportPkcs8Pem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(partial, path, overwrite: true);
    }

    public RsaSigningKey Key { get; }

    public void Dispose() => Key.Dispose();
}
