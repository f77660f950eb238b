namespace Addin.Core.Risk;

/// <summary>
/// Where an activity fact came from. An LTI launch during a session's window is the weakest evidence of attendance:
/// it is written only where no other source has said anything about that day, and any other source replaces it.
/// </summary>
public enum ActivitySource
{
    /// <summary>The institution's own history (<c>./addin import activity</c>).</summary>
    Import = 0,

    /// <summary>A Microsoft Teams meeting attendance report (<c>./addin import attendance</c>).</summary>
    TeamsAttendance = 1,

    /// <summary>The student launched Addin from the course during a scheduled session.</summary>
    Launch = 2,
}
