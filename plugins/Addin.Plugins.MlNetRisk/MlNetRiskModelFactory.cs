using Addin.Sdk.Plugins;
using Addin.Sdk.Risk;

namespace Addin.Plugins.MlNetRisk;

/// <summary>Creates the <c>mlnet-risk</c> model; the trained model file is read when it first assesses.</summary>
public sealed class MlNetRiskModelFactory : IProviderFactory<IRiskModel>
{
    /// <inheritdoc/>
    public IRiskModel Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<MlNetRiskSettings>();
        if (settings.HighAt <= settings.MediumAt)
        {
            throw new ProviderSettingsException(context.ProviderId, "/highAt",
                $"is {settings.HighAt} but must be above mediumAt ({settings.MediumAt}), for example mediumAt 0.3 and highAt 0.6");
        }

        var levels = new RiskLevels(settings.MediumAt, settings.HighAt);
        return new MlNetRiskModel(Path.GetFullPath(settings.ModelPath, context.HostDataDirectory), new LogisticTrainer(levels), levels);
    }
}
