using System.Text.RegularExpressions;
using Addin.Testing;
using Addin.Web.Cli;

namespace Addin.Web.Tests.Cli;

/// <summary>
/// <c>./addin transcripts wer</c> end to end: real recorded speech (tests/fixtures/asr) through ffmpeg's 16 kHz
/// extraction and the built engine plugins: the OpenAI-compatible one against a server on 127.0.0.1 speaking its wire
/// format, PocketSphinx from Debian's packages.
/// </summary>
public sealed class TranscriptsCommandTests : IDisposable
{
    private readonly TempDirectory data = new("addin-cli-wer");
    private readonly SpokenTimeline timeline = SpokenTimeline.Build(TimeSpan.FromSeconds(1), "jfk.wav", "goforward.wav");
    private readonly FakeOpenAiTranscription server;

    public TranscriptsCommandTests() => server = new FakeOpenAiTranscription(timeline);

    public void Dispose()
    {
        server.Dispose();
        data.Dispose();
    }

    [Fact]
    public async Task Wer_ExactTranscript_PrintsZeroErrorsAndTheRealTimeFactor()
    {
        string audio = timeline.WriteWav(data.Combine("lecture.wav"));
        string reference = data.Combine("reference.txt");
        await File.WriteAllTextAsync(reference, "And so, my fellow Americans: ask not what your country can do for you — ask what you can do for your country. Go forward 10 meters.");
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", audio, reference, "--engine", "openai-transcription");

        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Engine:           openai-transcription", text, StringComparison.Ordinal);
        Assert.Contains("Words:            26 in the reference, 26 in the transcript", text, StringComparison.Ordinal);
        Assert.Contains("WER:              0.0% (0 substitutions, 0 deletions, 0 insertions)", text, StringComparison.Ordinal);
        Assert.Matches(@"Real-time factor: \d+\.\d{3} \(\d+\.\d\d s to transcribe 14\.8 s\)", text);
        Assert.Equal(timeline.Samples, Assert.Single(server.Uploads).Samples);
    }

    [Fact]
    public async Task Wer_VttReferenceWithDifferences_CountsEachKind()
    {
        string audio = timeline.WriteWav(data.Combine("lecture.wav"));
        string reference = data.Combine("reference.vtt");
        await File.WriteAllTextAsync(reference, """
            WEBVTT

            00:00:00.000 --> 00:00:05.000
            <v Kennedy>And so my fellow citizens ask not what your country can do for you</v>

            00:00:05.000 --> 00:00:11.000
            ask what you can do for your great country

            00:00:12.000 --> 00:00:14.000
            Go forward ten meters now.
            """);
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", audio, reference, "--engine", "openai-transcription");

        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Words:            28 in the reference, 26 in the transcript", text, StringComparison.Ordinal);
        Assert.Contains("WER:              10.7% (1 substitutions, 2 deletions, 0 insertions)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wer_NoEngineNamed_MeasuresEveryInstalledEngineThatCanRunAndListsTheOthers()
    {
        string audio = timeline.WriteWav(data.Combine("lecture.wav"));
        string reference = data.Combine("reference.txt");
        await File.WriteAllTextAsync(reference, string.Join(' ', timeline.Words));
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", audio, reference);

        string text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("Engine:           openai-transcription", text, StringComparison.Ordinal);
        Assert.Contains("WER:              0.0% (0 substitutions, 0 deletions, 0 insertions)", text, StringComparison.Ordinal);
        Assert.Contains("Engine:           pocketsphinx", text, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(text, @"Real-time factor: \d+\.\d{3} ").Count);
        Assert.Contains("Skipped source-transcript: The engine 'source-transcript' does not transcribe audio", text, StringComparison.Ordinal);
        Assert.Matches("Skipped whisper: .*modelPath", text);
    }

    [Fact]
    public async Task Wer_EngineThatNeedsASourceTranscript_ExitsOneSayingSo()
    {
        string audio = timeline.WriteWav(data.Combine("lecture.wav"));
        string reference = data.Combine("reference.txt");
        await File.WriteAllTextAsync(reference, "go forward");
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", audio, reference, "--engine", "source-transcript");

        Assert.True(exit == 1, output.ToString());
        Assert.Contains("The engine 'source-transcript' does not transcribe audio", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wer_ServiceRefusesTheKey_ExitsOneNamingTheSetting()
    {
        string audio = timeline.WriteWav(data.Combine("lecture.wav"));
        string reference = data.Combine("reference.txt");
        await File.WriteAllTextAsync(reference, "go forward");
        server.AnswerNext(FakeOpenAiServer.InvalidKey());
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", audio, reference, "--engine", "openai-transcription");

        Assert.Equal(1, exit);
        Assert.Contains("No transcript: The transcription service at", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Addin__Providers__Settings__openai-transcription__apiKey", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wer_MissingAudio_ExitsOne()
    {
        using var output = new StringWriter();

        int exit = await Run(output, "transcripts", "wer", data.Combine("nowhere.wav"), data.Combine("nowhere.txt"));

        Assert.Equal(1, exit);
        Assert.Contains("nowhere.wav does not exist.", output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> Run(TextWriter output, params string[] args) =>
        CliApp.RunAsync(
            [
                .. args,
                "--Addin:DataDirectory", data.Path, "--Addin:Plugins:Directory", RepoPaths.Plugins, "--Addin:EnableDemo", "false",
                "--Addin:Providers:Settings:openai-transcription:baseUrl", server.ApiBaseUrl.AbsoluteUri,
                "--Addin:Providers:Settings:openai-transcription:apiKey", "sk-cli-test",
            ],
            output);
}
