using Addin.Plugins.SemanticKernelSummariser.Drafts;

namespace Addin.Plugins.SemanticKernelSummariser.Chat;

/// <summary>The model's draft of one chunk, which model answered, and the tokens every request for it used (repairs included).</summary>
internal sealed record ChunkAnswer(RecapDraft Draft, string? Model, TokenCount Tokens);
