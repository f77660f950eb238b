namespace Addin.Web.Configuration;

/// <summary>Where Addin lives and how it is reached. Configuration section <c>Addin</c>.</summary>
public sealed class AddinOptions
{
    public const string SectionName = "Addin";

    /// <summary>Where Addin keeps its database, media, inbox and keys. Relative paths are under the working directory.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>The URL people and LMSs reach Addin at; LTI redirect and tool URLs are built from it.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>How long a page session started by an LMS launch lasts.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Run the built-in demo platform (/demo) and seed its demo course.</summary>
    public bool EnableDemo { get; set; } = true;

    /// <summary>Make the demo course's two recordings (ffmpeg + espeak-ng) on first start when the demo runs.</summary>
    public bool SeedDemoRecordings { get; set; } = true;

    /// <summary>Origins allowed to frame Addin's pages (the LMSs); '*' allows any.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>Fills what configuration left empty (binding appends to lists, so defaults cannot sit in the initialisers).</summary>
    public void ApplyDefaults()
    {
        if (FrameAncestors.Count == 0)
        {
            FrameAncestors.Add("*");
        }
    }
}
