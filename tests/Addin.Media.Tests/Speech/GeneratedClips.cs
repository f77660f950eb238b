using Addin.Media.Speech;
using Addin.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Media.Tests.Speech;

/// <summary>Clips generated once for the generator tests.</summary>
public sealed class GeneratedClips : IAsyncLifetime
{
    /// <summary>A title that is filter-graph syntax in every way it can be.</summary>
    public const string HostileTitle = "Fractions: ½ + ⅓ = 5/6, it's 100% [easy]; \\ %{pts} done";

    public static readonly IReadOnlyList<SpokenLine> Lines =
    [
        .. Scripts.Short,
        new("Sam & <Co>", "So is one half < two thirds? And 5 > 4?", "en-us+m3"),
    ];

    private readonly TempFolder _folder = new();

    public GeneratedClip Mp4 { get; private set; } = null!;

    public GeneratedClip WebM { get; private set; } = null!;

    public string Folder => _folder.Path;

    public async Task InitializeAsync()
    {
        var generator = new SpeechClipGenerator(TestFfmpeg.Options, NullLogger<SpeechClipGenerator>.Instance);
        Mp4 = await generator.GenerateAsync(Scripts.Clip("lesson-1", "mp4", Lines) with { Title = HostileTitle }, _folder.Path, CancellationToken.None);
        WebM = await generator.GenerateAsync(Scripts.Clip("lesson-1", "webm", Lines), _folder.Path, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
