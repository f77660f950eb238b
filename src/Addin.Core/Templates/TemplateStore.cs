using System.Collections.Concurrent;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Templates;

/// <summary>Where a template's source comes from: the platform's override when it has one, else <c>templates/NAME.liquid</c>.</summary>
public sealed class TemplateStore(AddinDbContext db, TemplateFolder folder, TimeProvider time)
{
    public async Task<string> SourceAsync(long platformId, string name, CancellationToken cancellationToken) =>
        await db.TemplateOverrides.AsNoTracking().Where(t => t.PlatformId == platformId && t.Name == name).Select(t => t.Source).SingleOrDefaultAsync(cancellationToken)
        ?? folder.Read(name);

    /// <summary>Addin's own version of a template.</summary>
    public string DefaultSource(string name) => folder.Read(name);

    /// <summary>Stores a platform's version of a template; a template that does not parse is refused with where it breaks.</summary>
    public async Task<TemplateProblem?> OverrideAsync(long platformId, string name, string source, long? byId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!TemplateNames.All.Contains(name))
        {
            return new TemplateProblem($"there is no template '{name}'; the templates are {string.Join(", ", TemplateNames.All)}.", null, null);
        }

        if (LiquidTemplates.Parse(source).Problem is { } problem)
        {
            return problem;
        }

        var existing = await db.TemplateOverrides.SingleOrDefaultAsync(t => t.PlatformId == platformId && t.Name == name, cancellationToken);
        if (existing is null)
        {
            existing = new TemplateOverride { PlatformId = platformId, Name = name, Source = source };
            db.TemplateOverrides.Add(existing);
        }

        existing.Source = source;
        existing.UpdatedAt = time.GetUtcNow();
        existing.UpdatedById = byId;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Goes back to Addin's own template; false when the platform had no override.</summary>
    public async Task<bool> ResetAsync(long platformId, string name, CancellationToken cancellationToken) =>
        await db.TemplateOverrides.Where(t => t.PlatformId == platformId && t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
}

/// <summary>The folder of Addin's own templates (copied beside the program), each read once.</summary>
public sealed class TemplateFolder(string path)
{
    private readonly ConcurrentDictionary<string, string> sources = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    /// <exception cref="FileNotFoundException">The template is missing from the folder.</exception>
    public string Read(string name) => sources.GetOrAdd(name, n =>
    {
        string file = System.IO.Path.Combine(Path, n + ".liquid");
        return File.Exists(file)
            ? File.ReadAllText(file)
            : throw new FileNotFoundException($"The template '{n}' is not in {Path}; Addin's templates/ folder is copied there at build.", file);
    });
}
