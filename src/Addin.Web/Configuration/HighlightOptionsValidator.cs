using Addin.Core.Highlights;

namespace Addin.Web.Configuration;

internal sealed class HighlightOptionsValidator : OptionsValidator<HighlightOptions>
{
    protected override IEnumerable<string> Problems(HighlightOptions options)
    {
        if (options.Lead < TimeSpan.Zero || options.Lead > TimeSpan.FromMinutes(5))
        {
            yield return $"Addin:Highlights:Lead '{options.Lead}' must be between 00:00:00 and 00:05:00 (how long before a moment its window starts).";
        }

        if (options.Length < TimeSpan.FromSeconds(1) || options.Length > TimeSpan.FromMinutes(10))
        {
            yield return $"Addin:Highlights:Length '{options.Length}' must be between 00:00:01 and 00:10:00 (how long each moment's window is).";
        }

        if (options.MaxTotal < options.Length || options.MaxTotal > TimeSpan.FromHours(1))
        {
            yield return $"Addin:Highlights:MaxTotal '{options.MaxTotal}' must be at least Length ('{options.Length}') and at most 01:00:00.";
        }
    }
}
