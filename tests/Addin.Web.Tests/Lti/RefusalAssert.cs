using System.Net;
using Addin.Core.Persistence;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.Lti;

/// <summary>A refused login or launch: the status, the page naming one of the expected checks (never a token), the audit entry.</summary>
internal static class RefusalAssert
{
    public static async Task RefusedAsync(AddinApp app, HttpResponseMessage response, HttpStatusCode status, params string[] acceptableErrorIds)
    {
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("Addin could not start", html, StringComparison.Ordinal);
        Assert.Contains(acceptableErrorIds, id => html.Contains($">{id}<", StringComparison.Ordinal));
        Assert.DoesNotContain("eyJ", html, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.True(
            await db.AuditEntries.AnyAsync(a => !a.Allowed && (a.Action == "launch.refused" || a.Action == "login.refused") && acceptableErrorIds.Contains(a.Detail!)),
            "the refusal is in the audit log");
    }
}
