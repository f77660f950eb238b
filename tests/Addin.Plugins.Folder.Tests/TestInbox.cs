using Addin.Sdk.Recordings;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.Folder.Tests;

/// <summary>A folder source over a temporary inbox with one course, a 2-second settle time and a fake clock.</summary>
internal sealed class TestInbox : IDisposable
{
    public const string Course = "math-101";

    private readonly TempDirectory _data = new();

    public TestInbox()
    {
        Source = (IUploadRecordingSource)new FolderSourceFactory().Create(
            TestProviderContext.Create("folder", _data.Path, """{ "settleTime": "00:00:02" }""", Time));
    }

    // Starts at the real time, so files written by the code under test have plausible ages.
    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public IUploadRecordingSource Source { get; }

    public string CourseFolder => Path.Combine(_data.Path, "inbox", Course);

    public static SourceScope Scope { get; } = new() { PlatformKey = "test", Courses = [new CourseBinding { CourseKey = Course, Title = "Maths" }] };

    /// <summary>Writes a file into the course folder, last written <paramref name="age"/> before the fake now (a minute by default).</summary>
    public string Drop(string name, string content = "media bytes", TimeSpan? age = null)
    {
        string path = Path.Combine(CourseFolder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, Time.GetUtcNow().UtcDateTime - (age ?? TimeSpan.FromMinutes(1)));
        return path;
    }

    public async Task<IReadOnlyList<RecordingReference>> DiscoverAsync() =>
        (await Source.DiscoverAsync(Scope, null, CancellationToken.None)).Recordings;

    /// <summary>The course folder's files and folders, relative to it, with '/' separators, sorted.</summary>
    public IReadOnlyList<string> Contents() =>
        Directory.GetFileSystemEntries(CourseFolder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CourseFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _data.Dispose();
}
