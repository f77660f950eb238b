using Addin.Media;

namespace Addin.Web.Configuration;

/// <summary>Runs Addin.Media's own checks of <see cref="FfmpegOptions"/> at start-up.</summary>
internal sealed class FfmpegOptionsAdapter : OptionsValidator<FfmpegOptions>
{
    protected override IEnumerable<string> Problems(FfmpegOptions options) => FfmpegOptionsValidator.Validate(options);
}
