namespace Addin.Plugins.LocalSummariser;

/// <summary>A question and the start of the other speaker's reply.</summary>
internal sealed record Exchange(Sentence Question, IReadOnlyList<Sentence> Answer, double Significance)
{
    public string AnswerText => string.Join(' ', Answer.Select(s => s.Text));
}
