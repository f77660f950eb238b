using Addin.Core.Access;
using Addin.Core.People;

namespace Addin.Web.Sessions;

/// <summary>The viewer of the current request, with their session and token (for links the page makes).</summary>
public sealed record RequestViewer(Viewer Viewer, Person Person, ViewerSession Session, string Token);
