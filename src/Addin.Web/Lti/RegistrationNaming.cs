using System.Security.Cryptography;
using System.Text;
using Addin.Core.Courses;
using Addin.Lti.Registration.Dynamic;

namespace Addin.Web.Lti;

/// <summary>How a registration an LMS made itself is named in Addin: its key, its name and its institution's name.</summary>
internal static class RegistrationNaming
{
    private const int HostPartLength = 29;

    /// <summary>
    /// The LMS's host and a digest of issuer and client id, e.g. <c>moodle-school-edu-3fa9c2b1d0</c>: stable for the
    /// same registration, different for every other, and within the 40 characters of a key however long the host.
    /// </summary>
    public static string Key(string issuer, string clientId)
    {
        string host = CourseKeys.Slug(new Uri(issuer).Host);
        host = host.Length > HostPartLength ? host[..HostPartLength].TrimEnd('-') : host;
        string digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + clientId)))[..10];
        return $"{host}-{digest}";
    }

    /// <summary>The product and where it runs, e.g. <c>Moodle (moodle.school.edu)</c>.</summary>
    public static string PlatformName(PlatformConfiguration platform) => $"{Product(platform)} ({new Uri(platform.Issuer).Authority})";

    /// <summary>The institution a new registration creates when the administrator named none: the LMS's address.</summary>
    public static string DefaultInstitution(PlatformConfiguration platform) => new Uri(platform.Issuer).Authority;

    /// <summary>The product's name, e.g. <c>Canvas</c>, from the family code the LMS gives.</summary>
    public static string Product(PlatformConfiguration platform)
    {
        string code = platform.Lti.ProductFamilyCode.Trim();
        return code.ToLowerInvariant() switch
        {
            "canvas" => "Canvas",
            "moodle" => "Moodle",
            "desire2learn" or "d2l" => "Brightspace",
            "blackboard" or "blackboardlearn" => "Blackboard",
            "sakai" or "sakailms.org" => "Sakai",
            _ => code,
        };
    }
}
