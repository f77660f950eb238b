using Addin.Core.Audit;
using Addin.Core.Compliance;
using Addin.Plugins.LocalDisk;
using Addin.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Data.Tests.Compliance;

public sealed class StudentExportTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Build_ContainsEveryKindOfDataAboutTheStudent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));
        var scenario = await ErasureScenario.CreateAsync(db, store);
        var student = await StudentLookup.FindAsync(db, "school", ErasureScenario.LmsId, CancellationToken.None);

        var export = await new StudentExport(db, new FakeTimeProvider()).BuildAsync(student, CancellationToken.None);

        var profile = Assert.Single(export.Profiles);
        Assert.Equal((ErasureScenario.Name, ErasureScenario.Email), (profile.Name, profile.Email));
        Assert.Equal("alg", Assert.Single(export.Enrollments).Course);
        Assert.Equal("mentored by", Assert.Single(export.MentorLinks).Relation);
        Assert.Equal([scenario.Tutoring.Id, scenario.Group.Id], export.Sessions.SelectMany(s => s.RecordingIds).Order());
        Assert.Equal("I think it is two because it rises by two", Assert.Single(export.SpokenLines).Text);
        Assert.Contains(ErasureScenario.Name, Assert.Single(export.RecapsMentioningThem).RecapJson, StringComparison.Ordinal);
        Assert.Contains(ErasureScenario.Name, Assert.Single(export.BriefsMentioningThem).Html, StringComparison.Ordinal);
        Assert.Equal("Attendance", Assert.Single(export.Activity).Kind);
        Assert.Equal("High", Assert.Single(export.RiskHistory).Level);
        var note = Assert.Single(export.RiskInterventions);
        Assert.Equal(("Note", "teacher"), (note.Kind, note.By));
        Assert.Contains(ErasureScenario.Name, note.Note, StringComparison.Ordinal);
        Assert.Equal(["actor", "subject"], export.AuditEntries.Select(a => a.Role).Order());
        var own = export.AuditEntries.Single(a => a.Role == "actor");
        Assert.Equal((AuditChannel.Web, "10.0.0.7", ErasureScenario.UserAgent), (own.Channel, own.RemoteAddress, own.UserAgent));
    }
}
