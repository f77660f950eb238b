using System.Net.Mail;

namespace Addin.Web.Configuration;

internal sealed class AlertOptionsValidator : OptionsValidator<AlertOptions>
{
    protected override IEnumerable<string> Problems(AlertOptions options)
    {
        foreach (string id in options.OperationsNotifiers.Append(options.InstructorNotifier ?? "").Where(id => id.Length > 0 && !ProviderIds.IsValid(id)))
        {
            yield return $"{AlertOptions.SectionName}: '{id}' is not a notifier id; use the provider id from plugin.json, for example \"smtp\" or \"teams-webhook\".";
        }

        if (options.OperationsNotifiers.Count != options.OperationsNotifiers.Distinct(StringComparer.Ordinal).Count())
        {
            yield return $"{AlertOptions.SectionName}:OperationsNotifiers names a notifier twice; operations would get every alert twice.";
        }

        foreach (string address in options.OperationsRecipients.Where(a => !MailAddress.TryCreate(a, out var parsed) || parsed.Address != a.Trim()))
        {
            yield return $"{AlertOptions.SectionName}:OperationsRecipients: '{address}' is not an email address; give one address per entry, for example \"ops@example.edu\".";
        }

        if (options.OperationsNotifiers.Count > 0 && options.OperationsRecipients.Count == 0 && options.OperationsNotifiers.Contains("smtp"))
        {
            yield return $"{AlertOptions.SectionName}:OperationsRecipients is empty, but operations alerts go by email (smtp); add the addresses to send them to.";
        }
    }
}
