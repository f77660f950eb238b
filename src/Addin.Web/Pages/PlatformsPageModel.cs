namespace Addin.Web.Pages;

/// <summary>The institution's LMS registrations, and the form to add one by hand (the fields of <c>./addin platforms add</c>).</summary>
public sealed record PlatformsPageModel(
    PageViewer Viewer,
    string InstitutionName,
    IReadOnlyList<PlatformRow> Platforms,
    PlatformForm Form,
    IReadOnlyList<string> Problems,
    string? Notice);

/// <summary>One registration as the page lists it.</summary>
public sealed record PlatformRow(
    string Key, string Name, string Issuer, string ClientId, IReadOnlyList<string> Deployments, string? TokenEndpoint, Addin.Core.Institutions.AutomaticImport AutomaticImport);

/// <summary>What the administrator typed, kept when the registration is refused.</summary>
public sealed record PlatformForm(
    string Key,
    string Name,
    string Issuer,
    string ClientId,
    string AuthUrl,
    string JwksUrl,
    string TokenUrl,
    string AuthorizationServer,
    string Deployments)
{
    public static readonly PlatformForm Empty = new("", "", "", "", "", "", "", "", "");

    public static PlatformForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new PlatformForm(
            Field(form, "key"),
            Field(form, "name"),
            Field(form, "issuer"),
            Field(form, "client-id"),
            Field(form, "auth-url"),
            Field(form, "jwks-url"),
            Field(form, "token-url"),
            Field(form, "authorization-server"),
            Field(form, "deployment"));
    }

    private static string Field(IFormCollection form, string name) => form[name].ToString().Trim();
}
