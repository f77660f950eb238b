using Addin.Core.Access;
using Addin.Core.Search;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Addin.Data.Tests.Search;

/// <summary>Cross-session transcript search on both engines' full-text indexes, through the access policy.</summary>
public sealed class TranscriptSearchTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_WordsAreStemmed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording, "Today we factor the polynomial.", "Nothing to see here.", "Factoring quadratics is next week.");

        var factoring = await SearchAsync(db, school.Teacher, "factoring");
        var factor = await SearchAsync(db, school.Teacher, "FACTOR");

        Assert.Equal([0.0, 10.0], factoring.Hits.Select(h => h.StartSeconds).Order());
        Assert.Equal([0.0, 10.0], factor.Hits.Select(h => h.StartSeconds).Order());
        Assert.All(factoring.Hits, h => Assert.Equal("Class", h.RecordingTitle));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_QuotedPhrase_MatchesTheWordsTogetherInOrder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording,
            "Solve the quadratic equations on page four.",
            "An equation is quadratic when its degree is two.",
            "Quadratic forms and one more equation.");

        var phrase = await SearchAsync(db, school.Teacher, "\"quadratic equation\"");
        var words = await SearchAsync(db, school.Teacher, "quadratic equation");

        Assert.Equal([0.0], phrase.Hits.Select(h => h.StartSeconds));
        Assert.Equal("\"quadratic equation\"", phrase.Query.Text);
        Assert.Equal(3, words.TotalMoments);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_RanksTheMostRelevantLineFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording,
            "We looked at fractions, decimals, percentages, ratios and one quick mention of a discriminant at the very end of the hour.",
            "The discriminant: the discriminant tells how many roots; compute the discriminant first.",
            "Homework is on the board.",
            "Lines about nothing in particular, to keep the corpus from being tiny.");

        var results = await SearchAsync(db, school.Teacher, "discriminant");

        Assert.Equal([5.0, 0.0], results.Hits.Select(h => h.StartSeconds));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_SnippetMarksMatchesAndEscapesHostileText(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording,
            "<script>alert(1)</script> factoring \u0002fake\u0003 <img src=x onerror=alert(2)> & \"quotes\"");

        var hit = Assert.Single((await SearchAsync(db, school.Teacher, "factor")).Hits);
        string html = hit.Snippet.ToHtml();

        Assert.Contains("<mark>factoring</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(["factoring"], hit.Snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.DoesNotContain(hit.Snippet.PlainText, char.IsControl);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_AccessPolicyFiltersBeforeRankingAndLimiting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        // Sam's one-to-one tutoring matches best; the class recording everyone in Algebra sees matches less well.
        await Transcripts.AddAsync(db, school.TutoringRecording,
            "Factoring, factoring, factoring: factor every quadratic.", "More factoring practice.", "Factor again.");
        await Transcripts.AddAsync(db, school.ClassRecording,
            "In the class today we will spend a little while on factoring before moving to graphs and tables.",
            "Unrelated words about the weather and the timetable for the rest of the term.");
        await Transcripts.AddAsync(db, school.BiologyRecording, "Cells divide; factoring has nothing to do with it. Factor factor.");

        var student = await SearchAsync(db, school.Student, "factoring", limit: 1);
        var otherStudent = await SearchAsync(db, school.OtherStudent, "factoring", limit: 1);
        var parent = await SearchAsync(db, school.Parent, "factoring");
        var outsider = await SearchAsync(db, school.OtherSchoolReviewer, "factoring");

        Assert.Equal("Tutoring", Assert.Single(student.Hits).RecordingTitle);
        Assert.Equal((4, 2), (student.TotalMoments, student.TotalRecordings));
        Assert.Equal("Class", Assert.Single(otherStudent.Hits).RecordingTitle);
        Assert.Equal((1, 1), (otherStudent.TotalMoments, otherStudent.TotalRecordings));
        Assert.Equal(["Class", "Tutoring"], parent.Hits.Select(h => h.RecordingTitle).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal((0, 0), (outsider.TotalMoments, outsider.Hits.Count));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_ScopedToACourseOrARecording(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording, "Photosynthesis came up in algebra by accident.");
        await Transcripts.AddAsync(db, school.TutoringRecording, "Photosynthesis again.");
        await Transcripts.AddAsync(db, school.BiologyRecording, "Photosynthesis is today's topic.");
        var search = new TranscriptSearch(db, new AccessPolicy(db));
        var query = SearchQuery.Parse("photosynthesis");

        var algebra = await search.SearchAsync(school.Reviewer, SearchScope.Course(school.Algebra.Id), query, 10, CancellationToken.None);
        var one = await search.SearchAsync(school.Reviewer, SearchScope.Recording(school.BiologyRecording.Id), query, 10, CancellationToken.None);
        var hidden = await search.SearchAsync(school.OtherStudent, SearchScope.Recording(school.TutoringRecording.Id), query, 10, CancellationToken.None);

        Assert.Equal(["Class", "Tutoring"], algebra.Hits.Select(h => h.RecordingTitle).Order(StringComparer.Ordinal));
        Assert.Equal("Biology", Assert.Single(one.Hits).RecordingTitle);
        Assert.Empty(hidden.Hits);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Index_FollowsDeletionReplacementAndCorrection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording, "Completing the square.", "Vertex form.");
        await Transcripts.AddAsync(db, school.TutoringRecording, "Completing the square with Sam.");

        // Corrected by an instructor.
        var line = await db.TranscriptLines.SingleAsync(l => l.Text == "Vertex form.");
        line.Text = "Vertex form of a parabola.";
        await db.SaveChangesAsync();
        Assert.Equal(1, await IndexedAsync(db, "parabola"));

        // Replaced by the transcript stage: the old record goes, a new one comes.
        await db.Transcripts.Where(t => t.RecordingId == school.TutoringRecording.Id).ExecuteDeleteAsync();
        await Transcripts.AddAsync(db, school.TutoringRecording, "Sam practised the quadratic formula.");
        Assert.Equal(1, await IndexedAsync(db, "completing square"));
        Assert.Equal(1, await IndexedAsync(db, "formula"));

        // Removed with the recording.
        await db.Recordings.Where(r => r.Id == school.ClassRecording.Id).ExecuteDeleteAsync();
        Assert.Equal(0, await IndexedAsync(db, "completing square"));
        Assert.Equal(0, await IndexedAsync(db, "parabola"));
        Assert.Empty((await SearchAsync(db, school.Reviewer, "square")).Hits);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migration_IndexesTranscriptsStoredBeforeIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var migrations = db.Database.GetMigrations().ToList();
        string before = migrations[migrations.FindIndex(m => m.EndsWith("_TranscriptSearch", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await Transcripts.AddAsync(db, school.ClassRecording, "Stored before search existed: the binomial theorem.");

        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Equal("Class", Assert.Single((await SearchAsync(db, school.Student, "binomial theorem")).Hits).RecordingTitle);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_EngineSyntaxAndLongInput_NeverFail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await Transcripts.AddAsync(db, school.ClassRecording, "Factor trees and prime numbers.");
        string[] inputs =
        [
            "\"factor trees", "factor\"", "NOT factor", "factor OR prime", "NEAR(factor prime)", "factor*", "-factor", "text:factor",
            "^factor", "(factor", "factor AND", "'; DROP TABLE \"TranscriptLines\"; --", "\\\"factor\\\"", "{0} {1} @p0 $1", "!!!",
            string.Join(' ', Enumerable.Repeat("factor", 5_000)), "\u0000factor\u0002",
        ];

        foreach (string input in inputs)
        {
            var results = await SearchAsync(db, school.Teacher, input);
            Assert.True(results.Query.IsEmpty || results.Hits.Count <= 1, input);
        }

        Assert.Single((await SearchAsync(db, school.Teacher, "NEAR(factor prime)")).Hits);
        Assert.Single((await SearchAsync(db, school.Teacher, "-factor* ^prime")).Hits);
    }

    private static Task<TranscriptSearchResults> SearchAsync(Core.Persistence.AddinDbContext db, Viewer viewer, string input, int limit = 20) =>
        new TranscriptSearch(db, new AccessPolicy(db)).SearchAsync(viewer, SearchScope.Everywhere, SearchQuery.Parse(input), limit, CancellationToken.None);

    /// <summary>What the index itself holds for the query, with no access filter: proves rows left the index.</summary>
    private static Task<int> IndexedAsync(Core.Persistence.AddinDbContext db, string input) =>
        db.MatchTranscriptLines(SearchQuery.Parse(input)).CountAsync();
}
