namespace Addin.Core.Compliance;

/// <summary>What an erasure did: rows per kind, and the media objects it deleted or could not delete.</summary>
public sealed class ErasureReport
{
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public List<MediaObject> MediaToDelete { get; } = [];

    public List<string> MediaDeleted { get; } = [];

    public List<string> MediaFailures { get; } = [];

    public void Add(string kind, int count)
    {
        if (count > 0)
        {
            Counts[kind] = Counts.GetValueOrDefault(kind) + count;
        }
    }
}

/// <summary>An object in a platform's media store.</summary>
public sealed record MediaObject(long PlatformId, string Key);
