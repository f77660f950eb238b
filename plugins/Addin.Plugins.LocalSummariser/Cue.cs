namespace Addin.Plugins.LocalSummariser;

/// <summary>The kinds of cue found in what people say.</summary>
internal enum CueKind
{
    /// <summary>A student says they do not follow.</summary>
    Confusion,

    /// <summary>An instructor corrects a student.</summary>
    Correction,

    /// <summary>A student says they now understand.</summary>
    Breakthrough,

    /// <summary>No one answers a question for a while.</summary>
    Hesitation,

    /// <summary>Students stay silent for a long time.</summary>
    Silence,
}

/// <summary>A cue, the sentence that shows it, and a label for the timeline.</summary>
internal sealed record Cue(CueKind Kind, Sentence Sentence, string Label, double Confidence);
