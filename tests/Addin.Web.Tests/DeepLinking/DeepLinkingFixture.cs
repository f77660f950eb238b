using Addin.Core.Recordings;
using Addin.Media.Speech;
using Addin.Testing;

namespace Addin.Web.Tests.DeepLinking;

/// <summary>The demo school (SQLite) with one class recording in Algebra 1, for the picker's refusals.</summary>
public sealed class DeepLinkingFixture : IAsyncLifetime
{
    public const string ClassTitle = "DL refusals: class";

    public AddinApp App { get; private set; } = null!;

    public Recording Class { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await AddinApp.StartAsync();
        await InboxDrops.DropAsync(App, "alg-101", "dl-refusals-class", ClassTitle, [new SpokenLine("Ana Rivera", "Welcome back.")]);
        Class = await InboxDrops.WaitForAsync(App, ClassTitle);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
