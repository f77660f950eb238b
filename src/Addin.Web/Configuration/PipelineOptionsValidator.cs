using Addin.Core.Pipeline;

namespace Addin.Web.Configuration;

internal sealed class PipelineOptionsValidator : OptionsValidator<PipelineOptions>
{
    protected override IEnumerable<string> Problems(PipelineOptions options)
    {
        if (options.MaxRecordingBytes <= 0)
        {
            yield return $"Addin:Pipeline:MaxRecordingBytes {options.MaxRecordingBytes} must be a positive number of bytes, e.g. 8589934592 (8 GiB).";
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(200) || options.PollInterval > TimeSpan.FromHours(1))
        {
            yield return $"Addin:Pipeline:PollInterval '{options.PollInterval}' must be between 00:00:00.2 and 01:00:00.";
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            yield return $"Addin:Pipeline:MaxAttempts {options.MaxAttempts} must be between 1 and 20.";
        }

        if (options.AbandonedUploadExpiry < TimeSpan.FromMinutes(1) || options.AbandonedUploadExpiry > TimeSpan.FromDays(30))
        {
            yield return $"Addin:Pipeline:AbandonedUploadExpiry '{options.AbandonedUploadExpiry}' must be between 00:01:00 and 30.00:00:00.";
        }

        foreach (string extension in options.AcceptedExtensions.Where(e => !e.StartsWith('.') || e.Length < 2))
        {
            yield return $"Addin:Pipeline:AcceptedExtensions entry '{extension}' must look like '.mp4'.";
        }
    }
}
