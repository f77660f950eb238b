namespace Addin.Plugins.PocketSphinx;

/// <summary>The <c>pocketsphinx</c> engine's settings; the defaults are where Debian's packages install everything.</summary>
public sealed class PocketSphinxSettings
{
    /// <summary>The <c>pocketsphinx_continuous</c> program.</summary>
    public string Executable { get; set; } = "/usr/bin/pocketsphinx_continuous";

    /// <summary>The folder with <c>en-us/</c>, <c>en-us.lm.bin</c> and <c>cmudict-en-us.dict</c>.</summary>
    public string ModelDirectory { get; set; } = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>A silence at least this long between two words starts a new segment.</summary>
    public TimeSpan SegmentPause { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>The longest segment.</summary>
    public TimeSpan MaxSegmentDuration { get; set; } = TimeSpan.FromSeconds(8);
}
