namespace Addin.Plugins.SemanticKernelSummariser.Prompt;

/// <summary>
/// Tokens estimated without the model's tokenizer (which an OpenAI-compatible server does not expose): about four
/// characters a token in English, rounded up so a chunk errs on the small side.
/// </summary>
internal static class TokenEstimate
{
    private const int CharactersPerToken = 4;

    public static int Of(string text) => (text.Length + CharactersPerToken - 1) / CharactersPerToken;
}
