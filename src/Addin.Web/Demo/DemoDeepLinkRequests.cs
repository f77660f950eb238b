using System.Buffers.Text;
using System.Security.Cryptography;
using Addin.Web.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Addin.Web.Demo;

/// <summary>A deep linking request the demo platform sent: the course content goes into, who asked, and the data the answer must echo.</summary>
public sealed record DemoDeepLinkRequest(string CourseContextId, string PersonaKey, string Data);

/// <summary>
/// Remembers the demo platform's deep linking requests without server state, as LMSs do in their return URLs: the
/// request rides in the return URL's query, sealed with Data Protection and expiring.
/// </summary>
public sealed class DemoDeepLinkRequests(IDataProtectionProvider protection, TimeProvider time)
{
    public const string QueryName = "request";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ExpiringToken tokens = new(protection.CreateProtector("Addin.Demo.DeepLinkRequest.v1"), time);

    /// <summary>A new request from a persona in a course: its data and the sealed token for the return URL.</summary>
    public (DemoDeepLinkRequest Request, string Token) Start(DemoCourse course, DemoPersona persona)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(persona);
        var request = new DemoDeepLinkRequest(course.ContextId, persona.Key, "demo-dl-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)));
        return (request, tokens.Issue([request.CourseContextId, request.PersonaKey, request.Data], time.GetUtcNow() + Lifetime));
    }

    /// <summary>The request, or null when the token is forged, damaged or expired.</summary>
    public DemoDeepLinkRequest? Read(string? token) =>
        tokens.Read(token, 3) is ([var course, var persona, var data], _) ? new DemoDeepLinkRequest(course, persona, data) : null;
}
