using System.Globalization;
using System.Text.Json;
using Addin.Testing;
using Addin.Web.Cli;

// Speaks the first turns of a real maths tutoring dialogue (tests/fixtures/transcripts/mathdial, CC BY-SA 4.0) with
// espeak-ng, about --seconds long, and runs `./addin transcripts wer` over it: every installed speech engine (or each
// --engine named), with its configured settings, gets the same audio and the same reference. Exits 1 when none ran.
const int WordsPerMinute = 150;
int seconds = 60;
string voice = "en-us+klatt";
var passOn = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int s) && s is >= 5 and <= 3600:
            seconds = s;
            i++;
            break;
        case "--voice" when i + 1 < args.Length:
            voice = args[++i];
            break;
        case "--engine" when i + 1 < args.Length:
            passOn.AddRange(["--engine", args[++i]]);
            break;
        default:
            Console.Error.WriteLine("usage: Addin.Bench.Transcription [--seconds 60] [--voice en-us+klatt] [--engine ID]...");
            return 2;
    }
}

var words = new List<string>();
foreach (string line in File.ReadLines(RepoPaths.Fixture("transcripts", "mathdial", "mathdial_20.jsonl")))
{
    foreach (var turn in JsonDocument.Parse(line).RootElement.GetProperty("turns").EnumerateArray())
    {
        words.AddRange(turn.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    if (words.Count >= seconds * WordsPerMinute / 60)
    {
        break;
    }
}

var spoken = words.Take(seconds * WordsPerMinute / 60).ToList();
string text = string.Join(' ', spoken);
string folder = Directory.CreateTempSubdirectory("addin-bench-transcription-").FullName;
try
{
    string reference = Path.Combine(folder, "reference.txt");
    await File.WriteAllTextAsync(reference, text);
    string audio = EspeakSpeech.WriteWav(text, Path.Combine(folder, "mathdial.wav"), voice, WordsPerMinute);
    Console.WriteLine($"{spoken.Count} words of a MathDial tutoring dialogue spoken by espeak-ng ({voice}, {WordsPerMinute} words a minute)");
    Console.WriteLine();
    return await CliApp.RunAsync(["transcripts", "wer", audio, reference, .. passOn, "--Addin:DataDirectory", Path.Combine(folder, "data")]);
}
finally
{
    Directory.Delete(folder, recursive: true);
}
