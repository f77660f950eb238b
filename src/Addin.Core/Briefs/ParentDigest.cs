using Addin.Core.Persistence;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>The digest of a student's approved recaps for their parent or mentor (drafts never reach it), rendered from <c>parent-digest.liquid</c>.</summary>
public sealed class ParentDigest(AddinDbContext db, IRecapBriefSource recaps, TemplateStore templates, LiquidTemplates liquid)
{
    /// <summary>The digest as HTML; null when the student does not exist.</summary>
    public async Task<string?> RenderAsync(long studentId, DateTimeOffset since, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var student = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == studentId, cancellationToken);
        if (student is null)
        {
            return null;
        }

        var approved = (await recaps.ApprovedForStudentAsync(studentId, since, cancellationToken)).Where(r => !r.IsDraft);
        var model = new DigestModel(
            student.DisplayName,
            "since " + BriefComposer.LocalText(since, zone),
            [.. approved.Select(r => BriefComposer.Recap(r, zone))]);
        string source = await templates.SourceAsync(student.PlatformId, TemplateNames.ParentDigest, cancellationToken);
        return await liquid.RenderAsync(source, "digest", model, cancellationToken);
    }
}
