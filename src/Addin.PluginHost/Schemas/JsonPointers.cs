namespace Addin.PluginHost.Schemas;

/// <summary>Builds JSON pointers (RFC 6901), the form every <see cref="PluginProblem.Field"/> takes.</summary>
internal static class JsonPointers
{
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) => Append(pointer, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
