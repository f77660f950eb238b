using System.Text.Json;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Keys;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Lti.Tests.Support;

/// <summary>A tool with a real key ring answering deep linking requests of one platform.</summary>
internal sealed class DeepLinkingSetup : IDisposable
{
    public const string PlatformIssuer = "https://platform.test";
    public const string ClientId = "tool-client-1";
    public const string DeploymentId = "deployment-1";

    // Generating RSA keys is slow: every setup starts from the same saved pair, as a restarted tool would.
    private static readonly Lazy<StoredToolKeys> SharedKeys = new(() =>
    {
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        using var current = Addin.Lti.Platform.RsaSigningKey.Create("addin-20260302-000000000001");
        using var next = Addin.Lti.Platform.RsaSigningKey.Create("addin-20260302-000000000002");
        return new StoredToolKeys(
            new StoredToolKey(current.KeyId, current.ExportPkcs8Pem(), start),
            new StoredToolKey(next.KeyId, next.ExportPkcs8Pem(), start),
            null,
            start);
    });

    public DeepLinkingSetup()
    {
        Store = new InMemoryToolKeyStore(SharedKeys.Value);
        Ring = new ToolKeyRing(Store, Time, new ToolKeyOptions(), Logs.For<ToolKeyRing>());
        Builder = new DeepLinkingResponseBuilder(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public LogSink Logs { get; } = new();

    public InMemoryToolKeyStore Store { get; }

    public ToolKeyRing Ring { get; }

    public DeepLinkingResponseBuilder Builder { get; }

    public static LtiDeepLinkingSettings Settings(
        bool? acceptMultiple = true,
        bool? acceptLineItem = null,
        string? dataJson = null,
        params string[] acceptTypes) =>
        new()
        {
            DeepLinkReturnUrl = new Uri("https://platform.test/deep_links?course=1"),
            AcceptTypes = acceptTypes.Length > 0 ? acceptTypes : ["ltiResourceLink", "link"],
            AcceptPresentationDocumentTargets = ["iframe", "window"],
            AcceptMultiple = acceptMultiple,
            AcceptLineItem = acceptLineItem,
            Data = dataJson is null ? null : JsonDocument.Parse(dataJson).RootElement.Clone(),
        };

    public static DeepLinkingContext Context(LtiDeepLinkingSettings? settings = null) =>
        new(PlatformIssuer, ClientId, DeploymentId, settings ?? Settings());

    public static LtiResourceLinkItem Recording(string title = "Week 1 lecture", string id = "rec-1") =>
        new()
        {
            Title = title,
            Text = "Recorded on 2 March",
            Url = new Uri($"https://tool.test/lti/recordings/{id}"),
            Custom = new Dictionary<string, string> { ["recording_id"] = id, ["context_history"] = "$Context.id.history" },
        };

    public async Task<DeepLinkingResponse> BuildAsync(DeepLinkingContext context, params DeepLinkingContentItem[] items) =>
        Builder.Build(context, await Ring.GetCurrentAsync(CancellationToken.None), items);

    public void Dispose() => Ring.Dispose();
}
