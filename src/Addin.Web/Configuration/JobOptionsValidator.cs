namespace Addin.Web.Configuration;

internal sealed class JobOptionsValidator : OptionsValidator<JobOptions>
{
    protected override IEnumerable<string> Problems(JobOptions options)
    {
        if (options.WorkerCount is < 0 or > 64)
        {
            yield return $"Addin:Jobs:WorkerCount {options.WorkerCount} must be between 0 (web-only node) and 64.";
        }

        if (options.QueuePollInterval < TimeSpan.FromMilliseconds(100) || options.QueuePollInterval > TimeSpan.FromMinutes(5))
        {
            yield return $"Addin:Jobs:QueuePollInterval '{options.QueuePollInterval}' must be between 00:00:00.1 and 00:05:00.";
        }

        if (options.SchedulePollInterval < TimeSpan.FromMilliseconds(100) || options.SchedulePollInterval > TimeSpan.FromMinutes(5))
        {
            yield return $"Addin:Jobs:SchedulePollInterval '{options.SchedulePollInterval}' must be between 00:00:00.1 and 00:05:00.";
        }

        // Workers renew their claim every fifth of the timeout; below a second that is a stream of database writes.
        if (options.InvisibilityTimeout < TimeSpan.FromSeconds(1) || options.InvisibilityTimeout > TimeSpan.FromHours(24))
        {
            yield return $"Addin:Jobs:InvisibilityTimeout '{options.InvisibilityTimeout}' must be between 00:00:01 and 1.00:00:00 (default 00:05:00).";
        }
    }
}
