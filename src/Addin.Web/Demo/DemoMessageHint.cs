namespace Addin.Web.Demo;

/// <summary>What a demo login is for. The demo platform starts the login with it in lti_message_hint and reads it back when the tool asks for the id_token.</summary>
public enum DemoMessageKind
{
    /// <summary>The course's Addin link: a resource link launch onto the course page.</summary>
    CourseLink,

    /// <summary>"Add Addin content": a deep linking request.</summary>
    DeepLinking,

    /// <summary>A link Addin placed through deep linking: a resource link launch with that link's id, target and custom parameters.</summary>
    PlacedLink,
}

/// <summary>The demo platform's lti_message_hint: the persona, what the login is for and, for a placed link, which one.</summary>
public sealed record DemoMessageHint(DemoPersona Persona, DemoMessageKind Kind, string? LinkId = null)
{
    private const string DeepLinkingPrefix = "deep-link:";
    private const string PlacedLinkPrefix = "link:";

    public string Value => Kind switch
    {
        DemoMessageKind.DeepLinking => DeepLinkingPrefix + Persona.Key,
        DemoMessageKind.PlacedLink => $"{PlacedLinkPrefix}{LinkId}:{Persona.Key}",
        _ => Persona.Key,
    };

    /// <summary>The hint, or null when it names no persona of the demo platform.</summary>
    public static DemoMessageHint? Parse(string? hint)
    {
        if (hint is null)
        {
            return null;
        }

        if (hint.StartsWith(DeepLinkingPrefix, StringComparison.Ordinal))
        {
            return DemoLms.Persona(hint[DeepLinkingPrefix.Length..]) is { } who ? new(who, DemoMessageKind.DeepLinking) : null;
        }

        if (hint.StartsWith(PlacedLinkPrefix, StringComparison.Ordinal) && hint[PlacedLinkPrefix.Length..].Split(':') is [{ Length: > 0 } linkId, var persona])
        {
            return DemoLms.Persona(persona) is { } who ? new(who, DemoMessageKind.PlacedLink, linkId) : null;
        }

        return DemoLms.Persona(hint) is { } person ? new(person, DemoMessageKind.CourseLink) : null;
    }
}
