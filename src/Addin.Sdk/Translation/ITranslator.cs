namespace Addin.Sdk.Translation;

/// <summary>Translates caption lines into another language, one output line per input line.</summary>
public interface ITranslator
{
    /// <summary>Translates the lines; the result has the same count and order.</summary>
    Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> lines, string fromLanguage, string toLanguage, CancellationToken cancellationToken);
}
