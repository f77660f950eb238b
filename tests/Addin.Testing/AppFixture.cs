using Xunit;

namespace Addin.Testing;

/// <summary>One Addin (SQLite, demo seeded, no demo recordings) shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public AddinApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await AddinApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
