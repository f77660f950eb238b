using Addin.Core.Transcripts;

namespace Addin.Core.Quality;

/// <summary>What the quality rules look at for one session.</summary>
/// <param name="StartsAt">The scheduled start, if the session was scheduled.</param>
/// <param name="EndsAt">The scheduled end, if the session was scheduled.</param>
/// <param name="Recordings">The session's recordings (duplicates left out).</param>
/// <param name="Recorded">The recording whose transcript is analysed (the longest ready one), or null.</param>
/// <param name="Lines">That recording's transcript, empty when it has none.</param>
/// <param name="Topics">Time per plan topic from that transcript, empty when the course has no plan.</param>
/// <param name="InstructorName">The session's instructor, to recognise them among the transcript's speakers.</param>
public sealed record SessionFacts(
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    IReadOnlyList<RecordingFacts> Recordings,
    RecordingFacts? Recorded,
    IReadOnlyList<TranscriptLine> Lines,
    IReadOnlyList<TopicTime> Topics,
    string? InstructorName = null);

/// <summary>A recording as the rules see it.</summary>
public sealed record RecordingFacts(long Id, string Title, bool Ready, TimeSpan? Duration);
