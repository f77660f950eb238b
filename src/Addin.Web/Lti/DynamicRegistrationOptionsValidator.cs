using Addin.Web.Configuration;

namespace Addin.Web.Lti;

internal sealed class DynamicRegistrationOptionsValidator : OptionsValidator<DynamicRegistrationOptions>
{
    protected override IEnumerable<string> Problems(DynamicRegistrationOptions options)
    {
        foreach (string issuer in options.AllowedIssuers)
        {
            if (!Uri.TryCreate(issuer.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Query.Length > 0)
            {
                yield return $"{DynamicRegistrationOptions.SectionName}:AllowedIssuers entry '{issuer}' must be an LMS issuer URL exactly as its launches say, e.g. 'https://moodle.school.edu'.";
            }
        }
    }
}
