using Addin.Media.Speech;
using Addin.Media.Tests.Support;

namespace Addin.Media.Tests.Speech;

public sealed class SpeechTrackTests
{
    private const int Rate = 22050;

    [Fact]
    public void Join_Lines_PlacesThemAfterLeadInWithPausesAndTail()
    {
        var (track, timings) = SpeechTrack.Join([Tone(1.0), Tone(2.0)]);

        Assert.Equal([(0.5, 1.5), (2.1, 4.1)], timings.Select(t => (Math.Round(t.Start.TotalSeconds, 3), Math.Round(t.End.TotalSeconds, 3))));
        Assert.Equal(4.9, track.Duration.TotalSeconds, 3);
        Assert.All(track.Samples[..(Rate / 2 * 2)], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Join_DifferentSampleRates_Throws()
    {
        var ex = Assert.Throws<InvalidDataException>(() => SpeechTrack.Join([Tone(1), Tone(1) with { SampleRate = 16000 }]));

        Assert.Contains("22050 Hz and 16000 Hz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_Track_RoundTrips()
    {
        using var folder = new TempFolder();
        var tone = Tone(0.25);

        tone.Write(folder.File("tone.wav"));
        var read = WavAudio.Read(folder.File("tone.wav"));

        Assert.True(read.HasSameFormat(tone));
        Assert.Equal(tone.Samples, read.Samples);
    }

    [Fact]
    public void Read_NotWav_Throws()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("x.wav"), "not a wav file at all");

        Assert.Throws<InvalidDataException>(() => WavAudio.Read(folder.File("x.wav")));
    }

    private static WavAudio Tone(double seconds)
    {
        var samples = new byte[(int)(seconds * Rate) * 2];
        Array.Fill(samples, (byte)0x40);
        return new WavAudio(Rate, 1, 16, samples);
    }
}
