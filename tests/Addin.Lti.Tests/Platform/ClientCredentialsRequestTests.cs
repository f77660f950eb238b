using System.Text.Json;
using Addin.Lti.Platform;

namespace Addin.Lti.Tests.Platform;

public sealed class ClientCredentialsRequestTests
{
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["grant_type"] = "client_credentials",
        ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ["client_assertion"] = "a.b.c",
        ["scope"] = "scope-b scope-a scope-b",
    };

    [Fact]
    public void Parse_WhatTheToolSends_HasNoProblemAndDistinctScopes()
    {
        var request = ClientCredentialsRequest.Parse(Valid);

        Assert.Null(request.Problem());
        Assert.Equal("a.b.c", request.ClientAssertion);
        Assert.Equal(["scope-b", "scope-a"], request.Scopes);
    }

    [Theory]
    [InlineData("grant_type", null, "invalid_request")]
    [InlineData("grant_type", "password", "unsupported_grant_type")]
    [InlineData("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer", "invalid_request")]
    [InlineData("client_assertion", null, "invalid_request")]
    [InlineData("scope", " ", "invalid_scope")]
    public void Problem_MissingOrWrongField_NamesTheOAuthError(string field, string? value, string error)
    {
        var form = new Dictionary<string, string>(Valid);
        form.Remove(field);
        if (value is not null)
        {
            form[field] = value;
        }

        var problem = ClientCredentialsRequest.Parse(form).Problem();

        Assert.NotNull(problem);
        Assert.Equal(error, problem.Error);
        Assert.Equal(error == "invalid_client" ? 401 : 400, problem.StatusCode);
        using var json = JsonDocument.Parse(problem.ToJson());
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error_description").GetString()));
    }

    [Fact]
    public void TokenResponse_IsABearerTokenWithLifetimeAndScopes()
    {
        using var json = JsonDocument.Parse(ClientCredentialsRequest.TokenResponse("tok", TimeSpan.FromHours(1), ["s1", "s2"]));

        Assert.Equal("tok", json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.RootElement.GetProperty("expires_in").GetInt64());
        Assert.Equal("s1 s2", json.RootElement.GetProperty("scope").GetString());
    }
}
