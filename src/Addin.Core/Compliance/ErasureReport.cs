using Addin.Core.Audit;

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

    /// <summary>The report as the command line prints it and the page shows it: a line per kind, then the media.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = Counts.Select(c => $"  {c.Key}: {c.Value}").ToList();
        lines.Add($"  media objects deleted: {MediaDeleted.Count}");
        lines.AddRange(MediaFailures.Select(f => $"✗ media not deleted: {f}"));
        return lines;
    }
}

/// <summary>Who asked for an erasure, for the audit event it leaves: a name, their person id when they are a user of Addin, and from where.</summary>
public sealed record ErasureRequester(string Name, long? PersonId, AuditOrigin Origin);

/// <summary>An object in a platform's media store.</summary>
public sealed record MediaObject(long PlatformId, string Key);
