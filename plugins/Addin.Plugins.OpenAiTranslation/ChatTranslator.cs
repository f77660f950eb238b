using Addin.Plugins.OpenAiTranslation.Chat;
using Addin.Sdk.Translation;

namespace Addin.Plugins.OpenAiTranslation;

/// <summary>Translates caption lines with a chat model, <c>linesPerRequest</c> at a time, keeping their count and order.</summary>
internal sealed class ChatTranslator(OpenAiTranslationSettings settings, TranslationChat chat) : ITranslator
{
    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> lines, string fromLanguage, string toLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrWhiteSpace(toLanguage);
        var translated = new List<string>(lines.Count);
        foreach (var batch in lines.Chunk(settings.LinesPerRequest))
        {
            translated.AddRange(await chat.TranslateAsync(batch, fromLanguage ?? "", toLanguage, cancellationToken));
        }

        return translated;
    }
}
