using Addin.Sdk.Plugins;
using Addin.Sdk.Risk;

namespace Addin.Plugins.RuleRisk;

/// <summary>Creates the <c>rule-risk</c> model after checking that each high threshold is stricter than its medium one.</summary>
public sealed class RuleRiskModelFactory : IProviderFactory<IRiskModel>
{
    /// <inheritdoc/>
    public IRiskModel Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<RuleRiskSettings>();
        Below(context, "attendance", settings.Attendance, "for example medium 0.75 and high 0.5");
        Below(context, "score", settings.Score, "for example medium 0.6 and high 0.45");
        Below(context, "activity", settings.Activity, "for example medium 8 and high 3 actions a week");
        if (settings.MissedInARow.High <= settings.MissedInARow.Medium)
        {
            throw new ProviderSettingsException(context.ProviderId, "/missedInARow/high",
                $"is {settings.MissedInARow.High} but must be above medium ({settings.MissedInARow.Medium}): more missed sessions in a row is worse, for example medium 2 and high 3");
        }

        return new RuleRiskModel(settings);
    }

    private static void Below(ProviderContext context, string name, Thresholds thresholds, string example)
    {
        if (thresholds.High >= thresholds.Medium)
        {
            throw new ProviderSettingsException(context.ProviderId, $"/{name}/high",
                $"is {thresholds.High} but must be below medium ({thresholds.Medium}): a student is at high risk further below, {example}");
        }
    }
}
