using System.Collections.Concurrent;
using Addin.Lti.Services.Grades;

namespace Addin.Web.Demo;

/// <summary>
/// The demo platform's gradebook: the line items the tool created in each course and the latest score of each person on
/// each. In memory, as the rest of the demo LMS: a restart empties it.
/// </summary>
public sealed class DemoGradebook
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, DemoLineItem>> _courses = new(StringComparer.Ordinal);
    private int _lastId;

    /// <summary>The course's line items, oldest first.</summary>
    public IReadOnlyList<DemoLineItem> LineItems(string contextId) =>
        _courses.TryGetValue(contextId, out var items) ? [.. items.Values.OrderBy(i => i.Number)] : [];

    public DemoLineItem Add(string contextId, LineItem item)
    {
        int number = Interlocked.Increment(ref _lastId);
        var added = new DemoLineItem(number, item);
        _courses.GetOrAdd(contextId, _ => new ConcurrentDictionary<int, DemoLineItem>())[number] = added;
        return added;
    }

    public DemoLineItem? Find(string contextId, int number) =>
        _courses.TryGetValue(contextId, out var items) && items.TryGetValue(number, out var item) ? item : null;
}

/// <summary>A line item of the demo gradebook and its scores by user id (the latest by timestamp wins, as AGS says).</summary>
public sealed class DemoLineItem(int number, LineItem item)
{
    public int Number { get; } = number;

    public LineItem Item { get; } = item;

    public ConcurrentDictionary<string, Score> Scores { get; } = new(StringComparer.Ordinal);

    public void Record(Score score) =>
        Scores.AddOrUpdate(score.UserId, score, (_, previous) => score.Timestamp >= previous.Timestamp ? score : previous);
}
