using Addin.Sdk;

namespace Addin.Core.Institutions;

/// <summary>
/// Which provider a platform uses for one kind, with its settings. A kind may list several providers in
/// <see cref="Order"/>: transcription tries them in turn; other kinds use the first.
/// </summary>
public sealed class ProviderSelection
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    public ProviderKind Kind { get; set; }

    public int Order { get; set; }

    public required string ProviderId { get; set; }

    /// <summary>
    /// The provider's settings as JSON. Secrets are never stored here: the settings the provider marks secret come from
    /// configuration (<c>Addin:Providers:Settings:&lt;providerId&gt;</c>).
    /// </summary>
    public string SettingsJson { get; set; } = "{}";
}
