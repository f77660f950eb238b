using Addin.Lti.Services;

namespace Addin.Web.Configuration;

/// <summary>Runs Addin.Lti's own checks of <see cref="LtiServiceOptions"/> at start-up, naming the configuration keys.</summary>
internal sealed class LtiServiceOptionsAdapter : OptionsValidator<LtiServiceOptions>
{
    public const string SectionName = "Addin:Lti:Services";

    protected override IEnumerable<string> Problems(LtiServiceOptions options) =>
        options.Validate().Select(problem => $"{SectionName}:{problem}");
}
