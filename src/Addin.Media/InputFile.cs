namespace Addin.Media;

/// <summary>The checks every operation makes on its input before starting a tool.</summary>
internal static class InputFile
{
    /// <exception cref="MediaProcessingException">The file is missing (<see cref="MediaErrorCode.Failed"/>) or empty (<see cref="MediaErrorCode.Empty"/>).</exception>
    public static FileInfo Require(string path, string operation)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw MediaFailures.Failed(path, operation, "the stored file was not found");
        }

        return file.Length == 0 ? throw MediaFailures.Empty(path) : file;
    }
}
