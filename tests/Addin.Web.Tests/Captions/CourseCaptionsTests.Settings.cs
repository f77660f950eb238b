using System.Net;
using System.Text.RegularExpressions;
using Addin.Core.Courses;
using Addin.Web.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Captions;

/// <summary>
/// The course page's vocabulary and caption languages through HTTP: the course's instructor only (students and the
/// institution's reviewers get 404), bad input refused with its line and nothing changed, every attempt audited.
/// (The tests share one Addin with <see cref="CourseCaptionsTests"/>' pipeline half, in the other file.)
/// </summary>
public sealed partial class CourseCaptionsTests(CaptionsAppFixture apps) : IClassFixture<CaptionsAppFixture>
{
    [Fact]
    public async Task Vocabulary_ByTheInstructor_IsSavedTrimmedWithoutRepeats_OthersGet404_AndEveryAttemptIsAudited()
    {
        var app = await apps.GetAsync();
        long courseId = await app.CourseIdAsync();

        long auditedBefore = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "course.vocabulary").Select(a => a.Id).DefaultIfEmpty().MaxAsync());

        using var saved = await PostAsync(app, "instructor", courseId, "vocabulary", "terms", "  Pythagoras \n\nhypotenuse\r\nHypotenuse\n<b>Jerry</b>\n");
        using var tooLong = await PostAsync(app, "instructor", courseId, "vocabulary", "terms", "ok\n" + new string('x', 61));
        using var byStudent = await PostAsync(app, "student", courseId, "vocabulary", "terms", "cheat");
        using var byReviewer = await PostAsync(app, "reviewer", courseId, "vocabulary", "terms", "audit");

        Assert.Equal("Vocabulary saved: 3 terms. Engines that take hints get them for new recordings.", Notice(saved));
        Assert.Equal("Vocabulary not saved: line 2 is 61 characters long; a term may have at most 60 (write one term a line).", Notice(tooLong));
        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byReviewer.StatusCode);
        Assert.Equal(["Pythagoras", "hypotenuse", "<b>Jerry</b>"], CourseVocabulary.Split(await app.QueryAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.Vocabulary).SingleAsync())));
        var audit = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "course.vocabulary" && a.Id > auditedBefore).OrderBy(a => a.Id).Select(a => new { a.Allowed, a.Detail }).ToListAsync());
        Assert.Equal([(true, "3 terms"), (false, "line 2 is 61 characters long; a term may have at most 60 (write one term a line)."), (false, "not allowed"), (false, "not allowed")],
            audit.Select(a => (a.Allowed, a.Detail)));

        string page = await app.Http.GetStringAsync((await app.LaunchAsync()).WithToken($"/app/course/{courseId}"));
        var textarea = VocabularyBox().Match(page);
        Assert.True(textarea.Success, "The course page has no vocabulary box.");
        Assert.Equal(["Pythagoras", "hypotenuse", "<b>Jerry</b>"], WebUtility.HtmlDecode(textarea.Groups[1].Value).ReplaceLineEndings("\n").Split('\n'));
        Assert.DoesNotContain("<b>Jerry", page, StringComparison.Ordinal);
        string studentPage = await app.Http.GetStringAsync((await app.LaunchAsync("student")).WithToken($"/app/course/{courseId}"));
        Assert.DoesNotContain("caption-settings", studentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaptionLanguages_NamesAndTags_AreSavedAsTags_AndAnUnknownLanguageIsRefused()
    {
        var app = await apps.GetAsync();
        long courseId = await app.CourseIdAsync();

        long auditedBefore = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "course.caption-languages").Select(a => a.Id).DefaultIfEmpty().MaxAsync());

        using var unknown = await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "Spanish, Klingonese");
        using var tooMany = await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "es, fr, de, it, pt, nl");
        using var saved = await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "Spanish, fr; pt-BR, spanish");
        using var byStudent = await PostAsync(app, "student", courseId, "caption-languages", "languages", "de");

        Assert.Equal("Caption languages not saved: 'Klingonese' is not a language; write English names or tags, for example \"Spanish, French\" or \"es, fr, pt-BR\".", Notice(unknown));
        Assert.Equal("Caption languages not saved: 6 languages; captions are translated into at most 5.", Notice(tooMany));
        Assert.Equal("Caption languages saved: Spanish, French, Portuguese (Brazil). New recordings get captions in them.", Notice(saved));
        Assert.Equal(HttpStatusCode.NotFound, byStudent.StatusCode);
        Assert.Equal("es,fr,pt-BR", await app.QueryAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.CaptionLanguages).SingleAsync()));
        Assert.Equal(4, await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "course.caption-languages" && a.Id > auditedBefore)));

        using var cleared = await PostAsync(app, "instructor", courseId, "caption-languages", "languages", "");
        Assert.Equal("Captions are no longer translated.", Notice(cleared));
    }

    [GeneratedRegex("""<textarea id="vocabulary"[^>]*>(.*?)</textarea>""", RegexOptions.Singleline)]
    private static partial Regex VocabularyBox();

    internal static async Task<HttpResponseMessage> PostAsync(PipelineApp app, string persona, long courseId, string setting, string field, string value)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.App.BaseUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [field] = value });
        return await client.PostAsync((await app.LaunchAsync(persona)).WithToken($"/app/course/{courseId}/{setting}"), form);
    }

    internal static string Notice(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string query = response.Headers.Location!.OriginalString;
        return Uri.UnescapeDataString(query[(query.IndexOf("notice=", StringComparison.Ordinal) + "notice=".Length)..]);
    }
}
