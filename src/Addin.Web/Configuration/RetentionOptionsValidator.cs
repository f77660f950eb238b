using Addin.Core.Retention;

namespace Addin.Web.Configuration;

internal sealed class RetentionOptionsValidator : OptionsValidator<RetentionOptions>
{
    private const string Section = RetentionOptions.SectionName;

    protected override IEnumerable<string> Problems(RetentionOptions options)
    {
        if (options.NoticeBefore < TimeSpan.Zero || options.NoticeBefore > TimeSpan.FromDays(90))
        {
            yield return $"{Section}:NoticeBefore '{options.NoticeBefore}' must be between 00:00:00 and 90.00:00:00 (7.00:00:00 tells instructors a week before a recording is deleted).";
        }

        if (options.DailyRunHourUtc is < 0 or > 23)
        {
            yield return $"{Section}:DailyRunHourUtc '{options.DailyRunHourUtc}' must be an hour of the day from 0 to 23 (UTC).";
        }
    }
}
