using Addin.Core.Courses;
using Addin.Core.People;
using Addin.Core.Playback;
using Addin.Core.Risk;
using Addin.Core.Transcripts;
using Addin.Sdk.Captions;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Risk;

/// <summary>
/// Weekly signals from what Addin stores: imported activity, the tutoring session a student took part in, and their talk
/// time in a real Teams transcript whose speaker is on the roster.
/// </summary>
public sealed class StudentSignalsLoaderTests
{
    private static readonly DateOnly WeekOfTheSessions = new(2026, 8, 31);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Load_ActivitySessionsAndTranscriptSpeakers_GiveTheWeeksOfEachStudent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        // The Teams transcript's speakers: a student of the course (named as the LMS roster has it) and someone who is not on it.
        var yuri = await db.People.SingleAsync(p => p.Id == school.OtherStudent.PersonId);
        yuri.Name = "yuri bakulin ";
        var transcript = WebVttParser.Parse(await File.ReadAllTextAsync(RepoPaths.Fixture("vtt", "webvtt-py-tests", "teams_timeframe.vtt")));
        var record = new TranscriptRecord { RecordingId = school.ClassRecording.Id, EngineId = "source-transcript" };
        record.Lines.AddRange(transcript.Segments.Select((s, i) => new TranscriptLine
        {
            Index = i, StartMs = (long)s.Start.TotalMilliseconds, EndMs = (long)s.End.TotalMilliseconds, Speaker = s.Speaker, Text = s.Text,
        }));
        db.Transcripts.Add(record);
        var rows = ActivityCsv.Read(new StringReader("""
            student,course,date,kind,value
            student,alg,2026-09-03,attendance,0
            student,alg,2026-09-03,activity_count,4
            student,alg,2026-09-04,assessment_score,0.6
            student,alg,2026-09-05,assessment_score,0.8
            student,alg,2026-09-16,assessment_due,1
            student,alg,2026-12-18,outcome,0
            """)).Rows;
        await db.SaveChangesAsync();
        await new ActivityImporter(db, new FakeTimeProvider()).ImportAsync(school.Algebra.PlatformId, rows, new Progress<int>(), CancellationToken.None);

        var signals = await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None);

        var student = signals.Students.Single(s => s.StudentKey == "student" && s.CourseKey == "alg");
        Assert.Equal([WeekOfTheSessions, WeekOfTheSessions.AddDays(7), WeekOfTheSessions.AddDays(14)], student.Weeks.Select(w => w.WeekStart));
        var first = student.Weeks[0];
        // The tutoring session (attended: the student is its participant) and the imported missed session.
        Assert.Equal((2, 1, 4, 0.7, 0), (first.SessionsScheduled, first.SessionsAttended, first.ActivityCount, Math.Round(first.AssessmentScore!.Value, 3), first.AssessmentsDue));
        Assert.Equal((0, null, null), (student.Weeks[1].SessionsScheduled, student.Weeks[1].AssessmentScore, student.Weeks[1].ActivityCount));
        Assert.Equal(1, student.Weeks[2].AssessmentsDue);

        var talker = signals.Students.Single(s => s.StudentKey == "other-student");
        var talk = talker.Weeks[0];
        Assert.Equal((Math.Round(570.0 / 1490, 6), 1), (Math.Round(talk.TalkShare!.Value, 6), talk.Turns));
        Assert.True(signals.Outcomes[("alg", "student")]);
        Assert.Equal(["student"], signals.Labelled().Select(l => l.Signals.StudentKey));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Load_RecordingsOfTheWeek_CountTheMinutesEachStudentMayWatch_AndWatched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        await db.Recordings.Where(r => r.Id == school.ClassRecording.Id || r.Id == school.ProcessingRecording.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.DurationMs, 60 * 60_000L));
        await db.Recordings.Where(r => r.Id == school.TutoringRecording.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.DurationMs, 30 * 60_000L));
        db.PlaybackProgress.AddRange(
            new PlaybackProgress { RecordingId = school.ClassRecording.Id, PersonId = school.Student.PersonId, WatchedSeconds = 20 * 60 },
            new PlaybackProgress { RecordingId = school.TutoringRecording.Id, PersonId = school.Student.PersonId, WatchedSeconds = 5 * 60 },
            // More than the recording (a part watched twice counts once): capped at its length.
            new PlaybackProgress { RecordingId = school.ClassRecording.Id, PersonId = school.OtherStudent.PersonId, WatchedSeconds = 70 * 60 });
        await db.SaveChangesAsync();

        var signals = await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None);

        // The class recording is for every learner; the tutoring one only for its participant; the one still processing for nobody.
        var student = signals.Students.Single(s => s.StudentKey == "student" && s.CourseKey == "alg").Weeks[0];
        Assert.Equal((90.0, 25.0), (student.MinutesRecorded, student.MinutesWatched));
        var other = signals.Students.Single(s => s.StudentKey == "other-student" && s.CourseKey == "alg").Weeks[0];
        Assert.Equal((60.0, 60.0), (other.MinutesRecorded, other.MinutesWatched));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Load_ATutoringSessionTheStudentAlsoLaunchedFrom_CountsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var school = await SchoolData.CreateAsync(db);
        var tutoring = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == school.TutoringRecording.SessionId);
        // The student is the tutoring session's participant, and their launch during it was recorded as attendance too.
        db.StudentActivities.Add(new StudentActivity
        {
            CourseId = school.Algebra.Id, PersonId = school.Student.PersonId, SessionId = tutoring.Id,
            Date = DateOnly.FromDateTime(tutoring.StartsAt!.Value.UtcDateTime), Kind = ActivityKind.Attendance, Value = 1, Source = ActivitySource.Launch,
        });
        await db.SaveChangesAsync();

        var signals = await new StudentSignalsLoader(db).LoadAsync(school.Algebra.PlatformId, CancellationToken.None);

        var week = signals.Students.Single(s => s.StudentKey == "student" && s.CourseKey == "alg").Weeks[0];
        Assert.Equal((1, 1), (week.SessionsScheduled, week.SessionsAttended));
    }
}
