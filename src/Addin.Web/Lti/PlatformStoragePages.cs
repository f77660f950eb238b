using Addin.Lti.PlatformStorage;
using Addin.Web.Components.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Addin.Web.Lti;

/// <summary>
/// The two pages of LTI platform storage (1EdTech "OIDC Login with LTI Client Side postMessages"): the login page that
/// stores the state and nonce in the platform, and the launch page that reads the state back when the cookie is missing.
/// </summary>
internal static class PlatformStoragePages
{
    public static IResult Login(HttpContext http, PlatformStorageLogin storage, Uri authorizationRequest)
    {
        NeverStore(http);
        return new RazorComponentResult<PlatformStorageLoginPage>(new { Storage = storage, Continue = authorizationRequest.AbsoluteUri });
    }

    public static IResult ConfirmLaunch(HttpContext http, PlatformStorageCheck check, string? idToken)
    {
        NeverStore(http);
        return new RazorComponentResult<PlatformStorageLaunchPage>(new { Check = check, IdToken = idToken ?? "", Action = LtiEndpoints.VerifiedLaunchPath });
    }

    // Both pages carry one-time login values (the launch page the id_token too): no cache may keep them.
    private static void NeverStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
