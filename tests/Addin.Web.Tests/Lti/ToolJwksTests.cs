using System.Text.Json;
using Addin.Core.Persistence;
using Addin.Data;
using Addin.Lti.Keys;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Addin.Web.Tests.Lti;

/// <summary>The tool's own keys: published at /lti/jwks, kept in the database encrypted, the same for every reader of that database.</summary>
public sealed class ToolJwksTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Jwks_PublishesCurrentAndNextPublicKeys_StoredEncrypted_AndAnotherRingOverTheSameDatabaseSignsWithTheSameKey(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var response = await client.GetAsync("/lti/jwks");
        using var jwks = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var keys = jwks.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k =>
        {
            Assert.Equal("RSA", k.GetProperty("kty").GetString());
            Assert.Equal("RS256", k.GetProperty("alg").GetString());
            Assert.False(k.TryGetProperty("d", out _), "a private part was published");
        });

        await using var scope = app.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<AddinDbContext>().ToolKeys.AsNoTracking().SingleAsync();
        Assert.DoesNotContain("PRIVATE KEY", record.ProtectedKeys, StringComparison.Ordinal);
        Assert.DoesNotContain(keys[0].GetProperty("kid").GetString()!, record.ProtectedKeys, StringComparison.Ordinal);

        using var otherInstance = new ToolKeyRing(app.Services.GetRequiredService<IToolKeyStore>(), TimeProvider.System, new ToolKeyOptions(), NullLogger<ToolKeyRing>.Instance);
        var current = await otherInstance.GetCurrentAsync(CancellationToken.None);
        Assert.Contains(current.KeyId, keys.Select(k => k.GetProperty("kid").GetString()));
        Assert.Equal(current.KeyId, (await app.Services.GetRequiredService<IToolSigningKeys>().GetCurrentAsync(CancellationToken.None)).KeyId);
    }
}
