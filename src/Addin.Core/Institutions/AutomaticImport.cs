namespace Addin.Core.Institutions;

/// <summary>Which courses' recordings a platform's automatic sources (Teams, Zoom, the watched folder) import.</summary>
public enum AutomaticImport
{
    /// <summary>Every recording of every course's meetings (the default).</summary>
    AllCourses = 0,

    /// <summary>Only the recordings of courses whose instructor switched automatic import on; the others are held, not fetched.</summary>
    OptInPerCourse = 1,
}
