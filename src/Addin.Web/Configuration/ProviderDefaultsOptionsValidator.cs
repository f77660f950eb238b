namespace Addin.Web.Configuration;

internal sealed class ProviderDefaultsOptionsValidator : OptionsValidator<ProviderDefaultsOptions>
{
    protected override IEnumerable<string> Problems(ProviderDefaultsOptions options)
    {
        if (options.RecordingSource.Count == 0)
        {
            yield return "Addin:Providers:RecordingSource is empty. Name the default recording source, e.g. [\"folder\"].";
        }

        if (options.MediaStore.Count == 0)
        {
            yield return "Addin:Providers:MediaStore is empty. Name the default media store, e.g. [\"local-disk\"].";
        }
    }
}
