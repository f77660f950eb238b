using Addin.Core.Quality;
using Addin.Core.Transcripts;

namespace Addin.Core.Tests.Quality;

/// <summary>Each quality rule on real transcripts (MathDial tutoring dialogues, a Teams-style WebVTT file), with its evidence.</summary>
public sealed class SessionQualityRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ShortSession_RecordingUnderTheShareOfTheScheduledTime_IsFlaggedWithBothDurations()
    {
        var lines = QualityInputs.MathDialLines(0, 1);
        var recorded = new RecordingFacts(7, "Class", Ready: true, TimeSpan.FromMilliseconds(lines[^1].EndMs));
        var facts = Facts(lines, recorded, scheduled: TimeSpan.FromMinutes(30));

        var finding = Single(facts, new QualityOptions(), QualityFlagKind.ShortSession);

        Assert.Equal(7, finding.RecordingId);
        Assert.Matches(@"^Recorded \d+(\.\d)? min of the 30 min scheduled \(2026-12-07 09:00–09:30 UTC\): \d+%, below the 80% threshold\.$", finding.Evidence);
        Assert.DoesNotContain(Evaluate(facts with { EndsAt = Start + recorded.Duration!.Value }, new QualityOptions()), f => f.Kind == QualityFlagKind.ShortSession);
    }

    [Fact]
    public void LowParticipation_MathDialTeacherTalkingMost_IsFlaggedAboveTheStudentsShare_NotBelowIt()
    {
        var lines = QualityInputs.MathDialLines(0, 1, 2, 3);
        var talk = TalkAnalysis.Of(lines);
        Assert.Equal(["Teacher"], talk.Instructors);
        double share = talk.StudentShare;
        Assert.InRange(share, 0.05, 0.95);

        var above = Single(Facts(lines), new QualityOptions { LowParticipationShare = share + 0.01 }, QualityFlagKind.LowParticipation);
        var below = Evaluate(Facts(lines), new QualityOptions { LowParticipationShare = share - 0.01 });

        Assert.Contains(FormattableString.Invariant($"({share * 100:0}%, below the {(share + 0.01) * 100:0}% threshold); instructor: Teacher."), above.Evidence, StringComparison.Ordinal);
        Assert.StartsWith("Students spoke ", above.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(below, f => f.Kind == QualityFlagKind.LowParticipation);
    }

    [Fact]
    public void LowParticipation_TeamsTranscript_TakesTheSessionsInstructorByName()
    {
        var lines = QualityInputs.TeamsLines();

        var talk = TalkAnalysis.Of(lines, "Adrian Petrescu");
        var finding = Single(Facts(lines, instructor: "Adrian Petrescu"), new QualityOptions { LowParticipationShare = 0.5 }, QualityFlagKind.LowParticipation);

        Assert.Equal(["Adrian Petrescu"], talk.Instructors);
        Assert.Equal(TimeSpan.FromMilliseconds(570), talk.StudentTalk);
        Assert.Equal(TimeSpan.FromMilliseconds(570 + 920), talk.Total);
        Assert.EndsWith("(38%, below the 50% threshold); instructor: Adrian Petrescu.", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void LongMonologue_TeacherTurnsWithNoStudentBetween_IsFlaggedFromItsStartToItsEnd()
    {
        // The teacher's turns of two real dialogues, as if no student had answered.
        var lines = QualityInputs.MathDialLines(1, 7).Where(l => l.Speaker == "Teacher").ToList();
        lines.Add(new TranscriptLine { Index = lines.Count, StartMs = lines[^1].EndMs + 1000, EndMs = lines[^1].EndMs + 3000, Speaker = "Student", Text = "Okay." });
        var run = TalkAnalysis.Of(lines, "Teacher").LongestMonologue!;

        var finding = Single(Facts(lines, instructor: "Teacher"), new QualityOptions { LongMonologue = TimeSpan.FromMinutes(1) }, QualityFlagKind.LongMonologue);

        Assert.Equal(TimeSpan.FromMilliseconds(lines[0].StartMs), run.Start);
        Assert.Equal(TimeSpan.FromMilliseconds(lines[^2].EndMs), run.End);
        Assert.Equal(run.Start, finding.At);
        Assert.Matches(@"^Teacher spoke \d+(\.\d)? min without a student turn, from 0:00 to \d+:\d\d \(threshold 1 min\)\.$", finding.Evidence);
        Assert.DoesNotContain(Evaluate(Facts(lines, instructor: "Teacher"), new QualityOptions { LongMonologue = run.Length + TimeSpan.FromSeconds(1) }), f => f.Kind == QualityFlagKind.LongMonologue);
    }

    [Fact]
    public void CurriculumMissed_ATopicSkippedBetweenTaughtOnes_IsNamedWithItsMinutes()
    {
        // Spoons, hot dogs and chicken feed are taught; the tyre repair dialogue between them in the plan is not.
        var lines = QualityInputs.MathDialLines(0, 1, 3);
        var topics = TopicTimes.Of(lines, QualityInputs.Plan);

        var finding = Single(Facts(lines) with { Topics = topics }, new QualityOptions(), QualityFlagKind.CurriculumMissed);

        Assert.Equal([true, true, false, true, false], topics.Select(t => t.Spoken > TimeSpan.FromSeconds(30)));
        Assert.Equal("Taught 'Counting spoons' to 'Chicken feed' but not 'Tyre repair revenue' (0 min of 1 min planned).", finding.Evidence);
        Assert.DoesNotContain(
            Evaluate(Facts(QualityInputs.MathDialLines(0, 1, 2, 3)) with { Topics = TopicTimes.Of(QualityInputs.MathDialLines(0, 1, 2, 3), QualityInputs.Plan) }, new QualityOptions()),
            f => f.Kind == QualityFlagKind.CurriculumMissed);
    }

    [Fact]
    public void CurriculumMissed_ATranscriptOffThePlan_SaysNoTopicWasCovered()
    {
        var lines = QualityInputs.TeamsLines();

        var finding = Single(Facts(lines) with { Topics = TopicTimes.Of(lines, QualityInputs.Plan) }, new QualityOptions(), QualityFlagKind.CurriculumMissed);

        Assert.Equal("No topic of the curriculum plan got 0.5 min or more in the transcript.", finding.Evidence);
    }

    [Fact]
    public void NoRecording_AfterTheGrace_IsFlagged_ButNotBefore_NorWithAReadyRecording()
    {
        var facts = new SessionFacts(Start, Start.AddHours(1), [], null, [], []);
        var options = new QualityOptions { NoRecordingGrace = TimeSpan.FromHours(2) };

        var late = Single(facts, options, QualityFlagKind.NoRecording, now: Start.AddHours(4));
        var failed = Single(facts with { Recordings = [new RecordingFacts(3, "Broken", false, null)] }, options, QualityFlagKind.NoRecording, now: Start.AddHours(4));

        Assert.Equal("Scheduled 2026-12-07 09:00–10:00 UTC; 3 h after its end no recording has arrived.", late.Evidence);
        Assert.EndsWith("1 recording arrived but none became playable.", failed.Evidence, StringComparison.Ordinal);
        Assert.Empty(Evaluate(facts, options, now: Start.AddHours(2.5)));
        Assert.Empty(Evaluate(facts with { Recordings = [new RecordingFacts(3, "Fine", true, TimeSpan.FromHours(1))] }, options, now: Start.AddHours(4)));
    }

    [Fact]
    public void TopicTimes_MathDial_GivesEachDialoguesTimeToItsTopic()
    {
        var (transcript, ranges) = Addin.Testing.MathDial.Session(Addin.Testing.MathDial.All.Take(4));
        var topics = TopicTimes.Of(QualityInputs.Lines(transcript.Segments), QualityInputs.Plan);

        for (int i = 0; i < 4; i++)
        {
            var dialogue = ranges[i].End - ranges[i].Start;
            Assert.InRange(topics[i].Spoken, dialogue * 0.5, dialogue);
            Assert.True(topics[i].Mentions > 0, topics[i].Title);
        }

        Assert.Equal(TimeSpan.Zero, topics[4].Spoken);
    }

    private static SessionFacts Facts(IReadOnlyList<TranscriptLine> lines, RecordingFacts? recorded = null, TimeSpan? scheduled = null, string? instructor = null)
    {
        recorded ??= new RecordingFacts(1, "Session", true, TimeSpan.FromMilliseconds(lines[^1].EndMs));
        return new SessionFacts(Start, Start + (scheduled ?? recorded.Duration!.Value), [recorded], recorded, lines, [], instructor);
    }

    private static IReadOnlyList<QualityFinding> Evaluate(SessionFacts facts, QualityOptions options, DateTimeOffset? now = null) =>
        SessionQualityRules.Evaluate(facts, options, now ?? Start.AddDays(1));

    private static QualityFinding Single(SessionFacts facts, QualityOptions options, QualityFlagKind kind, DateTimeOffset? now = null) =>
        Assert.Single(Evaluate(facts, options, now), f => f.Kind == kind);
}
