using Addin.Core.Courses;
using Addin.Core.People;

namespace Addin.Core.Sessions;

/// <summary>A taught session of a course (a lesson, a tutoring meeting). Its recordings hang off it.</summary>
public sealed class Session
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public long? InstructorId { get; set; }

    public Person? Instructor { get; set; }

    /// <summary>Who teaches this session instead of the instructor, when someone does; they get the brief.</summary>
    public long? SubstituteId { get; set; }

    public Person? Substitute { get; set; }

    /// <summary>The IANA time zone the session was scheduled in (its local times and daylight saving follow it).</summary>
    public string? TimeZone { get; set; }

    /// <summary>The recurring series the session belongs to, when it was scheduled as one.</summary>
    public long? SeriesId { get; set; }

    public SessionSeries? Series { get; set; }

    /// <summary>
    /// Who took part. Empty means every learner of the course did (a class); otherwise only these students
    /// (a one-to-one or small-group tutoring session) and their mentors may see it.
    /// </summary>
    public List<SessionParticipant> Participants { get; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
