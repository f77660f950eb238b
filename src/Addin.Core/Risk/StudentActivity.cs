using Addin.Core.Courses;
using Addin.Core.People;

namespace Addin.Core.Risk;

/// <summary>
/// One imported fact about a student in a course on a day. There is one per student, course, day and kind, so importing
/// the same file twice changes nothing and a later import corrects a value.
/// </summary>
public sealed class StudentActivity
{
    public long Id { get; set; }

    public long CourseId { get; set; }

    public Course? Course { get; set; }

    public long PersonId { get; set; }

    public Person? Person { get; set; }

    public DateOnly Date { get; set; }

    public ActivityKind Kind { get; set; }

    public double Value { get; set; }

    public ActivitySource Source { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
