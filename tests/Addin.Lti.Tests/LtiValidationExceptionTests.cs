using System.Text.RegularExpressions;

namespace Addin.Lti.Tests;

public sealed class LtiValidationExceptionTests
{
    public static TheoryData<LtiErrorCode> AllCodes() => new(Enum.GetValues<LtiErrorCode>());

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void ErrorIdAndStatus_EveryCode_AreWellFormed(LtiErrorCode code)
    {
        var ex = new LtiValidationException(code, "message");

        Assert.Matches(new Regex("^LTI(_[A-Z0-9]+)+$"), ex.ErrorId);
        Assert.Contains(ex.StatusCode, new[] { 400, 401, 403, 502 });
    }

    [Theory]
    [InlineData(LtiErrorCode.NonceReplayed, "LTI_NONCE_REPLAYED", 401)]
    [InlineData(LtiErrorCode.UnknownDeployment, "LTI_UNKNOWN_DEPLOYMENT", 403)]
    [InlineData(LtiErrorCode.UnknownIssuer, "LTI_UNKNOWN_ISSUER", 403)]
    [InlineData(LtiErrorCode.MalformedToken, "LTI_MALFORMED_TOKEN", 400)]
    [InlineData(LtiErrorCode.MissingRoles, "LTI_MISSING_ROLES", 400)]
    [InlineData(LtiErrorCode.BadSignature, "LTI_BAD_SIGNATURE", 401)]
    [InlineData(LtiErrorCode.StateNotBoundToBrowser, "LTI_STATE_NOT_BOUND_TO_BROWSER", 401)]
    [InlineData(LtiErrorCode.PlatformStorageNotOffered, "LTI_PLATFORM_STORAGE_NOT_OFFERED", 401)]
    [InlineData(LtiErrorCode.JwksUnavailable, "LTI_JWKS_UNAVAILABLE", 502)]
    public void ErrorIdAndStatus_KnownCode_MatchTheContract(LtiErrorCode code, string errorId, int status)
    {
        var ex = new LtiValidationException(code, "message");

        Assert.Equal(errorId, ex.ErrorId);
        Assert.Equal(status, ex.StatusCode);
    }
}
