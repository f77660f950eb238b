using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Testing;
using Addin.Web.Manifests;

namespace Addin.Web.Tests.Teams;

/// <summary>
/// Addin configured as a Teams tab, with Entra ID and Microsoft Graph on 127.0.0.1. Tenant <see cref="Tenant"/>
/// belongs to the demo school; <see cref="OtherTenant"/> is a real-looking tenant Addin does not serve.
/// </summary>
public class TeamsFixture : IAsyncLifetime
{
    public const string ClientId = "3f2a9c1e-7b4d-4e8a-9c0f-5d6e7f8a9b0c";
    public const string ClientSecret = "test-client-secret";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "9188040d-6c67-4c5b-b112-36a304b66dad";

    public static readonly GraphMember Ana = new("a1b2c3d4-0000-4000-8000-00000000a0a0", "Ana Rivera", "ana.rivera@demo-school.test", "owner");
    public static readonly GraphMember Alex = new("a1b2c3d4-0000-4000-8000-00000000a1e5", "Alex Kim", "alex.kim@demo-school.test");
    public static readonly GraphMember Guest = new("a1b2c3d4-0000-4000-8000-0000000065e5", "Gus Guest", "gus@partner.example", "guest");
    public static readonly GraphMember Stranger = new("a1b2c3d4-0000-4000-8000-00000000beef", "Sid Stranger", "sid@demo-school.test");

    /// <summary>Members who only fill pages, so the one looked for is several @odata.nextLink pages away.</summary>
    public static readonly GraphMember[] Classmates =
    [
        new("c0000000-0000-4000-8000-000000000001", "Classmate One", "one@demo-school.test"),
        new("c0000000-0000-4000-8000-000000000002", "Classmate Two", "two@demo-school.test"),
        new("c0000000-0000-4000-8000-000000000003", "Classmate Three", "three@demo-school.test"),
        new("c0000000-0000-4000-8000-000000000004", "Classmate Four", "four@demo-school.test"),
    ];

    private readonly bool withGraph;

    public TeamsFixture()
        : this(withGraph: true)
    {
    }

    protected TeamsFixture(bool withGraph) => this.withGraph = withGraph;

    public FakeEntra Entra { get; } = new(ClientId, ClientSecret);

    public FakeGraph Graph { get; } = new(pageSize: 2);

    public AddinApp App { get; private set; } = null!;

    /// <summary>The audience of the tab's tokens: the Entra app's Application ID URI.</summary>
    public string Resource => TeamsManifest.Resource(App.BaseUrl, ClientId);

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Addin:Teams:ClientId"] = ClientId,
            ["Addin:Teams:Authority"] = Entra.Authority,
            ["Addin:Teams:AllowedTenants:0"] = Tenant,
            [$"Addin:Teams:Tenants:{Tenant}:Institution"] = "Demo School",
            ["Addin:Teams:GraphBaseUrl"] = Graph.GraphBaseUrl,
        };
        if (withGraph)
        {
            settings["Addin:Teams:ClientSecret"] = ClientSecret;
        }

        App = await AddinApp.StartAsync(overrides: settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Entra.Dispose();
        Graph.Dispose();
    }

    /// <summary>A valid token for a member of the tenant, as Teams' getAuthToken() returns it.</summary>
    public string TokenFor(GraphMember who, Action<JsonObject>? change = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        var claims = Entra.Claims(Tenant, who.UserId, who.DisplayName, who.Email, Resource);
        change?.Invoke(claims);
        return Entra.Sign(claims);
    }

    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = App.BaseUrl };

    /// <summary>Posts to /teams/session what the tab's script posts.</summary>
    public async Task<HttpResponseMessage> PostSessionAsync(HttpClient client, string? token, string? teamId = null, string? teamName = null, string? tenantId = Tenant, string? chatId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teams/session")
        {
            Content = JsonContent.Create(new { tenantId, teamId, teamName, chatId, page = "tab" }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Signs in and returns the answer's JSON; fails the test on a refusal.</summary>
    public async Task<JsonElement> SignInAsync(HttpClient client, GraphMember who, string? teamId = null, string? teamName = null)
    {
        using var response = await PostSessionAsync(client, TokenFor(who), teamId, teamName);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {who.DisplayName} refused: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>The same, but without Graph credentials (Addin:Teams:ClientSecret unset).</summary>
public sealed class TeamsWithoutGraphFixture() : TeamsFixture(withGraph: false);
