using Addin.Data;

namespace Addin.Web.Configuration;

internal sealed class DatabaseOptionsValidator : OptionsValidator<DatabaseOptions>
{
    protected override IEnumerable<string> Problems(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            yield return "Addin:Database:ConnectionString is required when Addin:Database:Provider is Postgres, e.g. 'Host=db;Database=addin;Username=addin;Password=…' (set the password through an environment variable, never in appsettings.json).";
        }
    }
}
