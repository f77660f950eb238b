namespace Addin.Plugins.LocalSummariser;

/// <summary>English function words and classroom filler that never make a key phrase.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Set = new(
        """
        a about above after again against all also am an and any are aren as at be because been before being below between
        both but by can cannot could couldn d did didn do does doesn doing don down during each else even ever every few for
        from further get gets getting go goes going gonna got had hadn has hasn have haven having he her here hers herself
        him himself his how i if in into is isn it its itself just know let ll m me might more most much must mustn my myself
        need no nor not now of off ok okay on once only or other our ours ourselves out over own re right s said same say says
        see shall she should shouldn so some such sure t than that thats the their theirs them themselves then there these they
        thing things think this those though through to too uh um under until up us ve very want was wasn way we well were weren
        what when where which while who whom why will with won would wouldn yeah yes yet you your yours yourself yourselves
        actually really maybe like oh hi hello thanks thank great good alright one two let's
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string word) => Set.Contains(word) || word.Length < 2 || word.All(char.IsDigit);
}
