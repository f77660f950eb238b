using Json.Schema;

namespace Addin.PluginHost.Schemas;

/// <summary>Picks the failures that matter out of a list-format evaluation result.</summary>
internal static class SchemaErrors
{
    /// <summary>
    /// The failed nodes that make the instance invalid. The list output also holds failures inside <c>anyOf</c>/<c>oneOf</c>
    /// branches whose parent passed; those did not matter and are left out.
    /// </summary>
    public static IEnumerable<EvaluationResults> Genuine(EvaluationResults results)
    {
        if (results.IsValid)
        {
            return [];
        }

        IEnumerable<EvaluationResults> nodes = results.Details is { Count: > 0 } details ? details : [results];
        return nodes.Where(node => node is { IsValid: false, Errors.Count: > 0 } && AncestorsFailed(node));
    }

    private static bool AncestorsFailed(EvaluationResults node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.IsValid)
            {
                return false;
            }
        }

        return true;
    }
}
