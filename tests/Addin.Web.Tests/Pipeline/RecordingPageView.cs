using System.Net;
using System.Text.RegularExpressions;

namespace Addin.Web.Tests.Pipeline;

/// <summary>What a recording's page shows, read from its HTML: player, captions, transcript, error and processing log.</summary>
public sealed partial class RecordingPageView(string html)
{
    public string Html { get; } = html;

    /// <summary>The player's media URL (video or audio element), or null when there is no player.</summary>
    public string? MediaUrl => Attribute(PlayerSource());

    /// <summary>The captions track's URL, or null.</summary>
    public string? CaptionsUrl => Attribute(TrackSource());

    /// <summary>The Download link's URL, or null.</summary>
    public string? DownloadUrl => Attribute(DownloadLink());

    /// <summary>The audio-only version the "Audio only" button switches to, or null.</summary>
    public string? AudioOnlyUrl => Attribute(AudioOnlyButton());

    /// <summary>The thumbnails track's URL, or null.</summary>
    public string? ThumbnailsUrl => Attribute(ThumbnailsTrack());

    /// <summary>The player element's name (<c>video</c> or <c>audio</c>), or null.</summary>
    public string? PlayerElement => PlayerSource().Match(Html) is { Success: true } m ? m.Groups["element"].Value : null;

    /// <summary>The transcript lines beside the player: speaker (or null) and text, decoded.</summary>
    public IReadOnlyList<(string? Speaker, string Text)> Transcript =>
        TranscriptLine().Matches(TranscriptHtml).Select(m => (
            m.Groups["speaker"].Success ? WebUtility.HtmlDecode(m.Groups["speaker"].Value) : null,
            WebUtility.HtmlDecode(m.Groups["text"].Value))).ToList();

    /// <summary>The HTML of the transcript list, as sent.</summary>
    public string TranscriptHtml => TranscriptList().Match(Html) is { Success: true } m ? m.Value : "";

    /// <summary>The error shown with the pipeline's progress, decoded, or null.</summary>
    public string? Error => ErrorText().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>Every caption track the player offers, in order: its language, label and URL.</summary>
    public IReadOnlyList<(string Language, string Label, string Url)> CaptionTracks =>
        [.. CaptionTrack().Matches(Html).Select(m => (m.Groups["lang"].Value, WebUtility.HtmlDecode(m.Groups["label"].Value), WebUtility.HtmlDecode(m.Groups["url"].Value)))];

    /// <summary>The processing log's messages, decoded, in order.</summary>
    public IReadOnlyList<string> Events => EventMessage().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private string? Attribute(Regex pattern) => pattern.Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["url"].Value) : null;

    [GeneratedRegex("""<(?<element>video|audio) id="player"[^>]*?\ssrc="(?<url>[^"]*)""")]
    private static partial Regex PlayerSource();

    [GeneratedRegex("""<track kind="captions"[^>]*?\ssrc="(?<url>[^"]*)""")]
    private static partial Regex TrackSource();

    [GeneratedRegex("""<track kind="captions" srclang="(?<lang>[^"]*)" label="(?<label>[^"]*)" src="(?<url>[^"]*)""")]
    private static partial Regex CaptionTrack();

    [GeneratedRegex("""<a class="button" href="(?<url>[^"]*)" download data-testid="download">""")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("""<button type="button" id="audio-only"[^>]*?\sdata-audio-src="(?<url>[^"]*)""")]
    private static partial Regex AudioOnlyButton();

    [GeneratedRegex("""<track kind="metadata" label="Thumbnails" src="(?<url>[^"]*)""")]
    private static partial Regex ThumbnailsTrack();

    [GeneratedRegex("""<ol class="lines" data-testid="transcript">.*?</ol>""", RegexOptions.Singleline)]
    private static partial Regex TranscriptList();

    [GeneratedRegex("""<button type="button" class="line"[^>]*>.*?(?:<span class="speaker">(?<speaker>[^<]*)</span>.*?)?<span class="text">(?<text>[^<]*)</span>""", RegexOptions.Singleline)]
    private static partial Regex TranscriptLine();

    [GeneratedRegex("""data-testid="recording-error">([^<]*)</p>""")]
    private static partial Regex ErrorText();

    [GeneratedRegex("""<span class="message">([^<]*)</span>""")]
    private static partial Regex EventMessage();
}
