using System.Reflection;
using Addin.Sdk;
using Addin.Sdk.Plugins;

namespace Addin.PluginHost.Loading;

/// <summary>Finds a provider's factory type in the plugin's assembly and checks it can serve the declared kind.</summary>
internal static class FactoryTypeCheck
{
    public static Type? Find(Assembly assembly, ProviderManifest provider, int index, string manifestPath, List<PluginProblem> problems)
    {
        string field = $"/providers/{index}/factory";
        var contract = typeof(IProviderFactory<>).MakeGenericType(ProviderKinds.Contract(provider.Kind));
        string contractName = $"IProviderFactory<{ProviderKinds.Contract(provider.Kind).Name}>";
        string assemblyName = Path.GetFileName(assembly.Location);
        Type? type;
        try
        {
            type = assembly.GetType(provider.Factory, throwOnError: false);
        }
        catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            problems.Add(new(manifestPath, field, $"type \"{provider.Factory}\" cannot be loaded: {ex.Message.TrimEnd('.')}",
                "copy the plugin's dependencies into its folder (build with <EnableDynamicLoading>true</EnableDynamicLoading>)"));
            return null;
        }

        string? problem = type switch
        {
            null => $"type \"{provider.Factory}\" is not in {assemblyName}",
            { IsVisible: false } => $"{provider.Factory} is not public",
            { IsAbstract: true } or { IsInterface: true } or { ContainsGenericParameters: true } => $"{provider.Factory} is not a concrete, non-generic class",
            _ when !contract.IsAssignableFrom(type) => $"{provider.Factory} does not implement {contractName}, which kind \"{ProviderKinds.ManifestName(provider.Kind)}\" needs",
            _ when type.GetConstructor(Type.EmptyTypes) is null => $"{provider.Factory} has no public parameterless constructor",
            _ => null,
        };
        if (problem is null)
        {
            return type;
        }

        problems.Add(new(manifestPath, field, problem, Fix(assembly, type, contract, contractName)));
        return null;
    }

    private static string Fix(Assembly assembly, Type? type, Type contract, string contractName)
    {
        if (type is null)
        {
            var candidates = Exported(assembly).Where(contract.IsAssignableFrom).Select(t => t.FullName).ToList();
            return candidates.Count == 0
                ? $"use the full name (namespace and class) of a public class implementing {contractName}; {Path.GetFileName(assembly.Location)} has none"
                : $"use the full name (namespace and class); the factories for this kind in it are {string.Join(", ", candidates)}";
        }

        if (!type.IsVisible || type.IsAbstract || type.IsInterface || type.ContainsGenericParameters)
        {
            return $"make {type.Name} a public, non-abstract, non-generic class implementing {contractName}";
        }

        if (!contract.IsAssignableFrom(type))
        {
            var fitting = Enum.GetValues<ProviderKind>()
                .Where(kind => typeof(IProviderFactory<>).MakeGenericType(ProviderKinds.Contract(kind)).IsAssignableFrom(type))
                .Select(kind => $"\"{ProviderKinds.ManifestName(kind)}\"")
                .ToList();
            return fitting.Count == 0
                ? $"make {type.Name} implement {contractName}"
                : $"set \"kind\" to {string.Join(" or ", fitting)} to match what {type.Name} creates, or make it implement {contractName}";
        }

        return $"add a public constructor without parameters to {type.Name}; the factory receives what it needs in Create(ProviderContext)";
    }

    private static IEnumerable<Type> Exported(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>().Where(t => t.IsVisible);
        }
    }
}
