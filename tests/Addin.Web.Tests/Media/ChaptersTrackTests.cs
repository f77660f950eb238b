using Addin.Sdk.Captions;
using Addin.Sdk.Summaries;
using Addin.Web.Media;

namespace Addin.Web.Tests.Media;

public sealed class ChaptersTrackTests
{
    [Fact]
    public void Write_TopicsAndMoments_ChaptersRunToTheNextStartAndHostileTextStaysText()
    {
        var recap = new Recap
        {
            Run = new SummariserRun { SummariserId = "local" },
            Topics = [new RecapTopic { Title = "Adding </c><b>fractions</b> --> now", Start = TimeSpan.Zero, End = TimeSpan.FromSeconds(50) }],
            Moments =
            [
                new TaggedMoment(MomentKind.Breakthrough, "gets it", new Evidence(TimeSpan.FromSeconds(40), "oh I see"), 0.8),
                new TaggedMoment(MomentKind.Confusion, "lost & confused", new Evidence(TimeSpan.FromSeconds(12), "I don't get it"), 0.9),
                new TaggedMoment(MomentKind.Confusion, "outside", new Evidence(TimeSpan.FromSeconds(90), "?"), 0.9),
            ],
        };

        string vtt = ChaptersTrack.Write(recap, TimeSpan.FromSeconds(60));

        var cues = WebVttParser.Parse(vtt).Segments;
        Assert.Equal(
            [("Adding </c><b>fractions</b> --> now", 0.0, 12.0), ("Confusion: lost & confused", 12.0, 40.0), ("Breakthrough: gets it", 40.0, 60.0)],
            cues.Select(c => (c.Text, c.Start.TotalSeconds, c.End.TotalSeconds)));
        Assert.DoesNotContain("<b>", vtt, StringComparison.Ordinal);
        Assert.Contains("&amp;", vtt, StringComparison.Ordinal);
    }
}
