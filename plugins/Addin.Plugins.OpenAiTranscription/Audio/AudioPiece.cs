namespace Addin.Plugins.OpenAiTranscription.Audio;

/// <summary>The samples from <see cref="Start"/> to <see cref="End"/> of a recording, sent in one request.</summary>
/// <remarks>The next piece starts at this piece's cut, which lies <c>overlap</c> before <see cref="End"/>.</remarks>
internal readonly record struct AudioPiece(long Start, long End);
