using System.Globalization;

namespace Addin.Web.Alerts;

/// <summary>What an alert is about: a recording, or a session whose recording never arrived; and whose notifiers carry it.</summary>
internal sealed record AlertSubject(long PlatformId, long? RecordingId, long? SessionId)
{
    public static AlertSubject ForRecording(long platformId, long recordingId) => new(platformId, recordingId, null);

    public static AlertSubject ForSession(long platformId, long sessionId) => new(platformId, null, sessionId);

    public string Describe() => RecordingId is { } recording
        ? string.Create(CultureInfo.InvariantCulture, $"recording {recording}")
        : string.Create(CultureInfo.InvariantCulture, $"session {SessionId}");
}
