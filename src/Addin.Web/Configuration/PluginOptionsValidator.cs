namespace Addin.Web.Configuration;

internal sealed class PluginOptionsValidator : OptionsValidator<PluginOptions>
{
    protected override IEnumerable<string> Problems(PluginOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            yield return "Addin:Plugins:Directory is empty. Set it to the folder that holds the plugin folders (./addin builds them into artifacts/plugins).";
        }
        else if (!Directory.Exists(options.Directory))
        {
            yield return $"Addin:Plugins:Directory '{Path.GetFullPath(options.Directory)}' does not exist. Build the plugins with './addin build', or set the key to the folder that holds them.";
        }
    }
}
