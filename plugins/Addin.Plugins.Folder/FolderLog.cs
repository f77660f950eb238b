using Microsoft.Extensions.Logging;

namespace Addin.Plugins.Folder;

/// <summary>The folder source's log entries.</summary>
internal static partial class FolderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Course {CourseKey} is skipped: its key cannot be a folder name under {Inbox}")]
    public static partial void UnusableCourseKey(ILogger logger, string courseKey, string inbox);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Path} changed after it was found, so it stays in the inbox to be found again as a new recording ({Outcome} was for the old file)")]
    public static partial void ChangedBeforeCompletion(ILogger logger, string path, Addin.Sdk.Recordings.ImportOutcome outcome);
}
