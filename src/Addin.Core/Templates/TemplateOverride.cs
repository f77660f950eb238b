namespace Addin.Core.Templates;

/// <summary>A platform's own version of one of Addin's templates, used instead of the file in <c>templates/</c>.</summary>
public sealed class TemplateOverride
{
    public long Id { get; set; }

    public long PlatformId { get; set; }

    /// <summary>One of <see cref="TemplateNames.All"/>.</summary>
    public required string Name { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long? UpdatedById { get; set; }
}
