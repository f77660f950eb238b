using Addin.Core.Recordings;
using Addin.Media.Speech;
using Addin.Testing;

namespace Addin.Web.Tests.Access;

/// <summary>
/// The demo school with two real recordings in Algebra 1: a class everyone took part in, and Sam's one-to-one
/// tutoring session. Every persona has launched once.
/// </summary>
public sealed class RoleMatrixFixture : IAsyncLifetime
{
    public const string ClassTitle = "Matrix: class";
    public const string TutoringTitle = "Matrix: tutoring with Sam";

    public AddinApp App { get; private set; } = null!;

    public Recording Class { get; private set; } = null!;

    public Recording Tutoring { get; private set; } = null!;

    public Dictionary<string, Launch> Launches { get; } = [];

    public async Task InitializeAsync()
    {
        App = await AddinApp.StartAsync();
        await InboxDrops.DropAsync(App, "alg-101", "matrix-class", ClassTitle,
            [new SpokenLine("Ana Rivera", "Welcome to the class."), new SpokenLine("Alex Kim", "Thank you.")]);
        await InboxDrops.DropAsync(App, "alg-101", "matrix-tutoring", TutoringTitle,
            [new SpokenLine("Ana Rivera", "Sam, let us look at your homework."), new SpokenLine("Sam Lee", "Sure.")],
            new[] { new { lmsUserId = "demo-student-sam", displayName = "Sam Lee" } });
        Class = await InboxDrops.WaitForAsync(App, ClassTitle);
        Tutoring = await InboxDrops.WaitForAsync(App, TutoringTitle);
        using var browser = App.CreateBrowser();
        foreach (string persona in new[] { "instructor", "student", "student2", "parent", "reviewer", "outsider" })
        {
            Launches[persona] = await browser.LaunchAsync(persona);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
