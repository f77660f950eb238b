namespace Addin.Web.Configuration;

internal sealed class BriefOptionsValidator : OptionsValidator<BriefOptions>
{
    public static readonly TimeSpan MinLeadTime = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(7);

    protected override IEnumerable<string> Problems(BriefOptions options)
    {
        if (options.LeadTime < MinLeadTime || options.LeadTime > MaxLeadTime)
        {
            yield return $"{BriefOptions.SectionName}:LeadTime is {options.LeadTime}; it must be between {MinLeadTime} and {MaxLeadTime:d\\.hh\\:mm\\:ss} (e.g. \"02:00:00\" for two hours), " +
                         "because briefs are checked every few minutes and a brief written a week ahead would miss the last session's recap.";
        }

        if (options.Notifier is { Length: > 0 } id && !ProviderIds.IsValid(id))
        {
            yield return $"{BriefOptions.SectionName}:Notifier '{id}' is not a notifier id; use the provider id from plugin.json, for example \"smtp\" or \"teams-webhook\".";
        }
    }
}
