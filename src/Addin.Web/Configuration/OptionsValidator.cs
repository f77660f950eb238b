using Microsoft.Extensions.Options;

namespace Addin.Web.Configuration;

/// <summary>Validates an options class at start-up; each problem names the configuration key and the fix.</summary>
public abstract class OptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    protected abstract IEnumerable<string> Problems(TOptions options);
}
