namespace Addin.Core.People;

/// <summary>A mentor (parent, guardian) of a student, from the LTI <c>role_scope_mentor</c> claim.</summary>
public sealed class MentorLink
{
    public long Id { get; set; }

    public long MentorId { get; set; }

    public Person? Mentor { get; set; }

    public long StudentId { get; set; }

    public Person? Student { get; set; }
}
