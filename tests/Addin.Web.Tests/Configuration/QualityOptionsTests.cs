using System.Globalization;
using Addin.Core.Quality;
using Addin.Web.Configuration;

namespace Addin.Web.Tests.Configuration;

public sealed class QualityOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new QualityOptionsValidator().Validate(null, new QualityOptions()).Succeeded);

    [Theory]
    [InlineData(nameof(QualityOptions.ShortSessionShare), "0", "Addin:Quality:ShortSessionShare '0' must be above 0 and at most 1")]
    [InlineData(nameof(QualityOptions.ShortSessionShare), "1.5", "Addin:Quality:ShortSessionShare '1.5' must be above 0 and at most 1")]
    [InlineData(nameof(QualityOptions.ShortSessionShare), "NaN", "Addin:Quality:ShortSessionShare 'NaN' must be above 0 and at most 1")]
    [InlineData(nameof(QualityOptions.LowParticipationShare), "-0.1", "Addin:Quality:LowParticipationShare '-0.1' must be from 0 to below 1")]
    [InlineData(nameof(QualityOptions.LowParticipationShare), "1", "Addin:Quality:LowParticipationShare '1' must be from 0 to below 1")]
    [InlineData(nameof(QualityOptions.LongMonologue), "00:00:30", "Addin:Quality:LongMonologue '00:00:30' must be between 00:01:00 and 04:00:00.")]
    [InlineData(nameof(QualityOptions.NoRecordingGrace), "-01:00:00", "Addin:Quality:NoRecordingGrace '-01:00:00' must be between 00:00:00 and 7.00:00:00.")]
    [InlineData(nameof(QualityOptions.MinimumTopicTime), "02:00:00", "Addin:Quality:MinimumTopicTime '02:00:00' must be between 00:00:00 and 01:00:00.")]
    [InlineData(nameof(QualityOptions.CheckInterval), "00:07:00", "Addin:Quality:CheckInterval '00:07:00' must be whole minutes dividing an hour")]
    [InlineData(nameof(QualityOptions.CheckInterval), "00:00:30", "Addin:Quality:CheckInterval '00:00:30' must be whole minutes dividing an hour")]
    [InlineData(nameof(QualityOptions.CheckInterval), "02:00:00", "Addin:Quality:CheckInterval '02:00:00' must be whole minutes dividing an hour")]
    public void Validate_AValueOutOfRange_NamesTheKeyAndTheRange(string property, string value, string message)
    {
        var options = new QualityOptions();
        var target = typeof(QualityOptions).GetProperty(property)!;
        target.SetValue(options, target.PropertyType == typeof(double)
            ? double.Parse(value, CultureInfo.InvariantCulture)
            : TimeSpan.Parse(value, CultureInfo.InvariantCulture));

        var result = new QualityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(message, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
