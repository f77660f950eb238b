namespace Addin.Core.Pipeline;

/// <summary>The largest recording accepted.</summary>
internal static class SizeLimit
{
    public static void Check(string fileName, long? length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw TooLarge(fileName, length.Value, maxBytes);
        }
    }

    public static PipelineStageException TooLarge(string fileName, long length, long maxBytes) => new(
        $"'{fileName}' is {ByteSize.Format(length)}; the largest recording Addin accepts is {ByteSize.Format(maxBytes)}. " +
        "Split the recording, or ask an administrator to raise Addin:Pipeline:MaxRecordingBytes.",
        isPermanent: true);
}
