using Addin.Core.Playback;

namespace Addin.Core.Tests.Playback;

public sealed class PlaybackBatchValidatorTests
{
    private const double Duration = 100;

    [Fact]
    public void GoodBatch_HasNoProblems()
    {
        var batch = new PlaybackBatch(
            [
                new PlaybackEventInput(PlaybackEventKind.Play, 0),
                new PlaybackEventInput(PlaybackEventKind.Seek, 10, From: 10, To: 90),
                new PlaybackEventInput(PlaybackEventKind.Speed, 90, Speed: 0.5),
                new PlaybackEventInput(PlaybackEventKind.Captions, 91, CaptionsOn: true),
                new PlaybackEventInput(PlaybackEventKind.Captions, 92, CaptionsOn: true, Language: "pt-BR"),
                new PlaybackEventInput(PlaybackEventKind.Pause, 100.5),
            ],
            [new TimeRange(0, 10), new TimeRange(90, 100.5)],
            100.5);

        Assert.Empty(PlaybackBatchValidator.Problems(batch, Duration));
    }

    [Fact]
    public void EachBadValue_IsNamedWithWhatIsExpected()
    {
        var batch = new PlaybackBatch(
            [
                new PlaybackEventInput(PlaybackEventKind.Play, -1),
                new PlaybackEventInput(PlaybackEventKind.Seek, 5, From: 5),
                new PlaybackEventInput(PlaybackEventKind.Speed, 5, Speed: 16),
                new PlaybackEventInput(PlaybackEventKind.Speed, 5),
                new PlaybackEventInput(PlaybackEventKind.Captions, 5),
                new PlaybackEventInput(PlaybackEventKind.Play, double.NaN),
                new PlaybackEventInput(PlaybackEventKind.Captions, 5, CaptionsOn: true, Language: "<es>"),
            ],
            [new TimeRange(30, 20)],
            250);

        Assert.Equal(
            [
                "position: 250 is outside the recording (0 to 100 seconds).",
                "events[0].position: -1 is outside the recording (0 to 100 seconds).",
                "events[1]: a seek needs 'from' and 'to' (seconds).",
                "events[2]: a speed change needs 'speed' between 0.5 and 2.",
                "events[3]: a speed change needs 'speed' between 0.5 and 2.",
                "events[4]: a captions toggle needs 'captionsOn' (true or false).",
                "events[5].position: NaN is outside the recording (0 to 100 seconds).",
                "events[6]: 'language' must be a language tag such as \"es\" or \"pt-BR\".",
                "watched[0]: ends (20) before it starts (30).",
            ],
            PlaybackBatchValidator.Problems(batch, Duration));
    }

    [Fact]
    public void TooManyEventsOrRanges_AreRefusedBeforeAnythingElseIsChecked()
    {
        var events = Enumerable.Repeat(new PlaybackEventInput(PlaybackEventKind.Play, -5), PlaybackBatchValidator.MaxEvents + 1).ToList();
        var ranges = Enumerable.Repeat(new TimeRange(0, 1), PlaybackBatchValidator.MaxRanges + 1).ToList();

        Assert.Equal(
            ["events: 201 events in one batch; send at most 200.", "watched: 201 ranges in one batch; send at most 200."],
            PlaybackBatchValidator.Problems(new PlaybackBatch(events, ranges, null), Duration));
    }
}
