using Addin.Media.Speech;
using Addin.Sdk.Captions;

namespace Addin.Media.Tests.Speech;

public sealed class WebVttTranscriptTests
{
    [Fact]
    public void Write_Cues_WritesTimingsAndVoices()
    {
        string vtt = WebVttTranscript.Write(
        [
            new SpokenCue(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3.25), "Ms Rivera", "Good morning."),
            new SpokenCue(TimeSpan.FromSeconds(3.85), TimeSpan.FromMinutes(61), "Sam", "Hi."),
        ]);

        Assert.Equal(
            "WEBVTT\n\n00:00:00.500 --> 00:00:03.250\n<v Ms Rivera>Good morning.\n\n00:00:03.850 --> 01:01:00.000\n<v Sam>Hi.\n",
            vtt);
    }

    [Fact]
    public void Write_MarkupCharactersAndLineBreaks_AreEscapedAndReadBackUnchanged()
    {
        const string Text = "Is 3 < 4 & 5 > 2? <b>Yes</b> --> done";
        string vtt = WebVttTranscript.Write([new SpokenCue(TimeSpan.Zero, TimeSpan.FromSeconds(2), "A & <B>", "Line one\n\nline two. " + Text)]);

        Assert.Contains("<v A &amp; &lt;B&gt;>Line one line two. Is 3 &lt; 4 &amp; 5 &gt; 2? &lt;b&gt;Yes&lt;/b&gt; --&gt; done\n", vtt, StringComparison.Ordinal);
        var segment = Assert.Single(WebVttParser.Parse(vtt).Segments);
        Assert.Equal("Line one line two. " + Text, segment.Text);
        Assert.Equal("A & <B>", segment.Speaker);
    }
}
