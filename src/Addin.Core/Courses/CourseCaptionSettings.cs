using Addin.Core.Access;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Addin.Core.Courses;

/// <summary>A course's caption settings, changed by the course's own teachers: the vocabulary and the languages captions are translated into.</summary>
public sealed class CourseCaptionSettings(AddinDbContext db, AccessPolicy access)
{
    /// <summary>Replaces the course's vocabulary with the terms of the input (one a line; empty clears it).</summary>
    public Task<CaptionSettingChange> SetVocabularyAsync(Viewer viewer, long courseId, string? input, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, courseId, CourseVocabulary.Parse(input), (course, terms) => course.Vocabulary = CourseVocabulary.Join(terms), cancellationToken);

    /// <summary>Replaces the languages the course's captions are translated into (empty: none).</summary>
    public Task<CaptionSettingChange> SetLanguagesAsync(Viewer viewer, long courseId, string? input, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, courseId, CaptionTranslationLanguages.Parse(input), (course, tags) => course.CaptionLanguages = CaptionTranslationLanguages.Join(tags), cancellationToken);

    private async Task<CaptionSettingChange> ChangeAsync(
        Viewer viewer, long courseId, (IReadOnlyList<string>? Values, string? Problem) parsed, Action<Course, IReadOnlyList<string>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        // The course's own teachers: they know what is said in it. Reviewing the institution is not enough.
        if (!await access.TeachesCourseAsync(viewer, courseId, cancellationToken) ||
            await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken) is not { } course)
        {
            return new CaptionSettingChange(CaptionSettingChangeKind.NotAllowed, [], null);
        }

        if (parsed.Values is not { } values)
        {
            return new CaptionSettingChange(CaptionSettingChangeKind.Invalid, [], parsed.Problem);
        }

        apply(course, values);
        await db.SaveChangesAsync(cancellationToken);
        return new CaptionSettingChange(CaptionSettingChangeKind.Saved, values, null);
    }
}

/// <summary>What became of a change to a course's caption settings.</summary>
/// <param name="Kind">Saved, refused as invalid, or not allowed.</param>
/// <param name="Values">The terms or language tags saved.</param>
/// <param name="Problem">Why the input was refused, naming the line or item.</param>
public sealed record CaptionSettingChange(CaptionSettingChangeKind Kind, IReadOnlyList<string> Values, string? Problem);

public enum CaptionSettingChangeKind
{
    NotAllowed,
    Saved,
    Invalid,
}
