using Addin.Core.Persistence;
using Addin.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Briefs;

/// <summary>The digest of a student's approved recaps for their parent or mentor (drafts never reach it), rendered from <c>parent-digest.liquid</c>.</summary>
public sealed class ParentDigest(AddinDbContext db, IRecapBriefSource recaps, TemplateStore templates, LiquidTemplates liquid)
{
    /// <summary>The recaps approved after <paramref name="since"/> and no later than <paramref name="until"/>, and the digest of them as HTML; null when the student does not exist.</summary>
    public async Task<StudentDigest?> ComposeAsync(long studentId, DateTimeOffset since, DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var student = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == studentId, cancellationToken);
        if (student is null)
        {
            return null;
        }

        var approved = (await recaps.ApprovedForStudentAsync(studentId, since, until, cancellationToken)).Where(r => !r.IsDraft).ToList();
        var model = new DigestModel(
            student.DisplayName,
            "since " + BriefComposer.LocalText(since, zone),
            [.. approved.Select(r => BriefComposer.Recap(r, zone))]);
        string source = await templates.SourceAsync(student.PlatformId, TemplateNames.ParentDigest, cancellationToken);
        return new StudentDigest(studentId, student.DisplayName, approved, await liquid.RenderAsync(source, "digest", model, cancellationToken));
    }
}

/// <summary>One student's part of a parent digest.</summary>
/// <param name="Recaps">The approved recaps it holds, oldest session first.</param>
/// <param name="Html">The digest as rendered from the template (encoded).</param>
public sealed record StudentDigest(long StudentId, string StudentName, IReadOnlyList<RecapForBrief> Recaps, string Html);
