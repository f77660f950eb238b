using Addin.Core.Quality;

namespace Addin.Web.Pages;

/// <summary>The curriculum coverage page of a course.</summary>
public sealed record CoveragePageModel(PageViewer Viewer, long CourseId, string CourseTitle, CoverageGrid Grid);
