namespace Addin.Web.Configuration;

internal sealed class AddinOptionsValidator : OptionsValidator<AddinOptions>
{
    protected override IEnumerable<string> Problems(AddinOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            yield return "Addin:DataDirectory is empty. Set it to a folder Addin may write to, e.g. '.data'.";
        }

        if (!options.PublicBaseUrl.IsAbsoluteUri || options.PublicBaseUrl.Scheme is not ("http" or "https"))
        {
            yield return $"Addin:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL, e.g. 'https://addin.school.edu'.";
        }
        else if (options.PublicBaseUrl.AbsolutePath != "/")
        {
            yield return $"Addin:PublicBaseUrl '{options.PublicBaseUrl}' must not have a path; serve Addin at the root of its host.";
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(5) || options.SessionLifetime > TimeSpan.FromHours(24))
        {
            yield return $"Addin:SessionLifetime '{options.SessionLifetime}' must be between 00:05:00 and 1.00:00:00.";
        }

        foreach (string origin in options.FrameAncestors.Where(o => o != "*" && !Uri.TryCreate(o, UriKind.Absolute, out _)))
        {
            yield return $"Addin:FrameAncestors entry '{origin}' must be '*' or an origin like 'https://school.instructure.com'.";
        }
    }
}
