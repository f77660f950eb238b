namespace Addin.Core.Institutions;

/// <summary>
/// Counts the changes this process makes to platform registrations, so that what caches them reads them again at once.
/// Changes made by another process (<c>./addin platforms</c>, another web node) are not counted: such caches expire.
/// </summary>
public sealed class PlatformRegistrationChanges
{
    private long _count;

    /// <summary>How many changes this process has made.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Notes that a registration was added, changed or removed.</summary>
    public void Note() => Interlocked.Increment(ref _count);
}
