using Addin.Core.Recaps;
using Addin.Core.Recordings;
using Addin.Sdk.Summaries;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Recaps;

/// <summary>The Recap stage on both databases, with the local summariser on a real tutoring transcript (MathDial).</summary>
public sealed class RecapStageTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_ConsentAndTranscript_StoresOneCheckedDraftWhoseEvidenceIsInTheTranscript(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);

        var events = await scenario.RunStageAsync();

        var version = Assert.Single(await scenario.VersionsAsync());
        Assert.Equal(RecapStatus.Draft, version.Status);
        Assert.Equal("local-summariser", version.SummariserId);
        Assert.Equal("drafted by local-summariser", version.Change);
        Assert.Null(version.ChangedById);
        Assert.Contains(events, e => e.Message.StartsWith("Recap drafted by local-summariser", StringComparison.Ordinal));
        Assert.Equal(1.0, scenario.Progress[^1]);
        Assert.Equal([scenario.RecordingId], scenario.DraftNotices.Queued);

        var recap = RecapJson.Read(version.RecapJson);
        var duration = TimeSpan.FromMilliseconds((await db.Recordings.SingleAsync(r => r.Id == scenario.RecordingId)).DurationMs!.Value);
        string transcript = QuoteText.Normalise(string.Join(' ', scenario.Transcript.Segments.Select(s => s.Text)));
        var evidence = recap.Topics.SelectMany(t => t.Evidence)
            .Concat(recap.Exchanges.SelectMany(e => new[] { e.Evidence, e.AnswerEvidence }))
            .Concat(recap.Gaps.Select(g => g.Evidence))
            .Concat(recap.NextSteps.Select(s => s.Evidence).OfType<Evidence>())
            .Concat(recap.ReviewQuestions.Select(q => q.Evidence))
            .Concat(recap.Moments.Select(m => m.Evidence))
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.InRange(e.At, TimeSpan.Zero, duration);
            Assert.Contains(QuoteText.Normalise(e.Quote), transcript, StringComparison.Ordinal);
            // The quote is spoken near its time, not merely somewhere in the session.
            string nearby = QuoteText.Normalise(string.Join(' ', scenario.Transcript.Segments
                .Where(s => s.End >= e.At - RecapEvidenceChecker.QuoteWindow && s.Start <= e.At + RecapEvidenceChecker.QuoteWindow)
                .Select(s => s.Text)));
            Assert.Contains(QuoteText.Normalise(e.Quote), nearby, StringComparison.Ordinal);
        });
        Assert.Equal(RecapScenario.PlanIds[..4], recap.Topics.Select(t => t.CurriculumTopicId));
        Assert.All(recap.Topics, t => Assert.Contains(t.CurriculumTopicId, RecapScenario.PlanIds));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_Again_KeepsTheOneDraft(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();

        var events = await scenario.RunStageAsync();

        Assert.Single(await scenario.VersionsAsync());
        Assert.Equal(1, await db.Recaps.CountAsync());
        Assert.Contains(events, e => e.Message == "Recap already drafted (version 1, Draft); not drafted again.");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_Again_AnnouncesAStillUndecidedDraftAgain_ButNotADecidedOne(DatabaseProvider provider)
    {
        // A run cut short after storing the draft is retried: the retry announces it (the notice itself goes out once).
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await scenario.RunStageAsync();

        await scenario.RunStageAsync();
        await new RecapReview(db, new Core.Access.AccessPolicy(db), scenario.Time).ApproveAsync(scenario.School.Teacher, scenario.RecordingId, 1, CancellationToken.None);
        await scenario.RunStageAsync();

        Assert.Equal([scenario.RecordingId, scenario.RecordingId], scenario.DraftNotices.Queued);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_ConsentOffForTheCourse_SkipsAndSaysWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await new AiConsents(db, scenario.Time).SetCourseAsync(scenario.School.Algebra.Id, false, scenario.School.Teacher.PersonId, "teacher", CancellationToken.None);

        var events = await scenario.RunStageAsync();

        Assert.Empty(await scenario.VersionsAsync());
        Assert.Empty(scenario.DraftNotices.Queued);
        Assert.Contains(events, e => e.Message.StartsWith("No recap: AI processing is off for this course or its platform.", StringComparison.Ordinal));
        var consent = await new AiConsents(db, scenario.Time).ForCourseAsync(scenario.School.Algebra.Id, CancellationToken.None);
        Assert.False(consent.IsOn);
        Assert.Equal(scenario.School.Teacher.PersonId, consent.Course!.ChangedById);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_NoConsentRecordAtAll_IsOff(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db, consent: false);

        await scenario.RunStageAsync();

        Assert.Empty(await scenario.VersionsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_NoTranscript_SkipsAndSaysWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);
        await db.Transcripts.ExecuteDeleteAsync();

        var events = await scenario.RunStageAsync();

        Assert.Empty(await scenario.VersionsAsync());
        Assert.Contains(events, e => e.Message == "No recap: the recording has no transcript to summarise.");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_SummariserFails_WarnsAndLeavesTheRecordingAsItWas(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await RecapScenario.CreateAsync(db);

        var events = await scenario.RunStageAsync(new FailingSummariser(), "chat");

        Assert.Empty(await scenario.VersionsAsync());
        Assert.Empty(scenario.DraftNotices.Queued);
        var warning = Assert.Single(events, e => e.Severity == EventSeverity.Warning);
        Assert.Equal("No recap: the summariser 'chat' failed: The chat endpoint answered 502 Bad Gateway. The recording, its transcript and its renditions are unaffected.", warning.Message);
        Assert.Equal(scenario.Transcript.Segments.Count, await db.TranscriptLines.CountAsync());
    }
}
