using Addin.Media.Speech;

namespace Addin.Media.Tests.Support;

/// <summary>Short tutoring dialogues to speak.</summary>
internal static class Scripts
{
    public static readonly IReadOnlyList<SpokenLine> Short =
    [
        new("Ms Rivera", "Good morning. Today we add fractions.", "en-us+f2"),
        new("Sam", "Is one half plus one third two fifths?", "en-us+m3"),
        new("Ms Rivera", "No. First find a common denominator.", "en-us+f2"),
    ];

    /// <summary>About twenty seconds of speech.</summary>
    public static readonly IReadOnlyList<SpokenLine> TwentySeconds =
    [
        new("Ms Rivera", "Good morning everyone. Today we add fractions with different denominators.", "en-us+f2"),
        new("Sam", "Is one half plus one third equal to two fifths?", "en-us+m3"),
        new("Ms Rivera", "Not quite. We cannot add the bottoms. First we find a common denominator.", "en-us+f2"),
        new("Sam", "So six works, because two and three both go into six.", "en-us+m3"),
        new("Sam", "Then one half plus one third is five sixths.", "en-us+m3"),
    ];

    public static SpeechClipSpec Clip(string stem, string container, IReadOnlyList<SpokenLine> lines) =>
        new() { FileStem = stem, Container = container, Lines = lines, Title = "Fractions: lesson 1" };
}
