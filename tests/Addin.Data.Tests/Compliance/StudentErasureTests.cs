using Addin.Core.Audit;
using Addin.Core.Compliance;
using Addin.Core.Persistence;
using Addin.Plugins.LocalDisk;
using Addin.Sdk.Storage;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Data.Tests.Compliance;

public sealed class StudentErasureTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly IMediaStore _store;

    public StudentErasureTests() => _store = new LocalDiskStoreFactory().Create(TestProviderContext.Create("local-disk", _data.Path));

    public void Dispose() => _data.Dispose();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Erase_LeavesNoTraceOfTheStudentInAnyTextColumnOrTheMediaStore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await ErasureScenario.CreateAsync(db, _store);
        int auditEvents = await db.AuditEntries.CountAsync();

        var report = await EraseAsync(db, _store);

        await using var fresh = database.CreateContext();
        Assert.Empty(await TracesAsync(fresh));
        Assert.DoesNotContain(StoredKeys(), k => k.StartsWith($"recordings/{scenario.Tutoring.Id}/", StringComparison.Ordinal));
        Assert.Equal(scenario.GroupKeys.Order(), StoredKeys().Where(k => k.StartsWith($"recordings/{scenario.Group.Id}/", StringComparison.Ordinal)).Order());
        Assert.Equal(scenario.TutoringKeys.Order(), report.MediaDeleted.Order());
        Assert.Empty(report.MediaFailures);
        Assert.Equal(auditEvents + 1, await fresh.AuditEntries.CountAsync());
        Assert.StartsWith("by operator: activity rows 1, audit entries pseudonymised 1, enrollments 1, ", (await fresh.AuditEntries.SingleAsync(a => a.Action == "student.erase")).Detail, StringComparison.Ordinal);
        var pseudonymised = await fresh.AuditEntries.Where(a => a.Detail != null && a.Detail.StartsWith("actor erased-")).ToListAsync();
        Assert.NotEmpty(pseudonymised);
        Assert.All(pseudonymised, a => Assert.Equal(((long?)null, (string?)null, (string?)null), (a.PersonId, a.RemoteAddress, a.UserAgent)));
        Assert.Equal(1, report.Counts["people"]);
        Assert.Equal(1, report.Counts["enrollments"]);
        Assert.Equal(1, report.Counts["mentor links"]);
        Assert.Equal(2, report.Counts["session participations"] + report.Counts["one-to-one sessions"]);
        Assert.Equal(1, report.Counts["one-to-one recordings"]);
        Assert.Equal(1, report.Counts["transcript lines redacted"]);
        Assert.Equal(1, report.Counts["activity rows"]);
        Assert.Equal(1, report.Counts["risk assessments and alerts"]);
        Assert.Equal(1, report.Counts["risk interventions"]);
        Assert.Equal(1, report.Counts["audit entries pseudonymised"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Erase_KeepsOtherPeoplesData(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await ErasureScenario.CreateAsync(db, _store);

        await EraseAsync(db, _store);

        await using var fresh = database.CreateContext();
        var lines = await fresh.TranscriptLines.OrderBy(l => l.Index).Select(l => l.Text).ToListAsync();
        Assert.Equal(["Good morning. [erased], what is the slope?", StudentErasure.RedactedLine, "Rise over run"], lines);
        Assert.True(await fresh.Recordings.AnyAsync(r => r.Id == scenario.Group.Id));
        Assert.True(await fresh.SessionParticipants.AnyAsync(p => p.PersonId == scenario.School.OtherStudent.PersonId));
        Assert.True(await fresh.Enrollments.AnyAsync(e => e.PersonId == scenario.School.Student.PersonId));
        Assert.Contains("[erased] explained rise over run", (await fresh.RecapVersions.SingleAsync()).RecapJson, StringComparison.Ordinal);
        Assert.Equal("<p>Last time [erased] struggled with slopes; ask [erased]'s parent about the homework.</p>", (await fresh.Briefs.SingleAsync()).Html);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Erase_WhenTheStoreCannotDelete_CommitsTheDatabaseAndReportsEachKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var scenario = await ErasureScenario.CreateAsync(db, _store);

        var report = await EraseAsync(db, new UndeletableStore(_store));

        Assert.Empty(report.MediaDeleted);
        Assert.Equal(scenario.TutoringKeys.Count, report.MediaFailures.Count);
        Assert.All(report.MediaFailures, f => Assert.Contains("Read-only file system. (after 3 attempts; delete it from the store by hand)", f, StringComparison.Ordinal));
        await using var fresh = database.CreateContext();
        Assert.Empty(await TracesAsync(fresh));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Find_UnknownInstitutionOrStudent_SaysWhatToCheck(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await ErasureScenario.CreateAsync(db, _store);

        var institution = await Assert.ThrowsAsync<StudentNotFoundException>(() => StudentLookup.FindAsync(db, "nowhere", ErasureScenario.LmsId, CancellationToken.None));
        var student = await Assert.ThrowsAsync<StudentNotFoundException>(() => StudentLookup.FindAsync(db, "school", ErasureScenario.Email, CancellationToken.None));
        var elsewhere = await Assert.ThrowsAsync<StudentNotFoundException>(() => StudentLookup.FindAsync(db, "other", ErasureScenario.LmsId, CancellationToken.None));

        Assert.Equal("No institution 'nowhere'. The institutions are: other, school.", institution.Message);
        Assert.Equal($"No one with LMS id '{ErasureScenario.Email}' in 'school': the id is the LTI 'sub' the LMS sends (not a name or email).", student.Message);
        Assert.StartsWith("No one with LMS id", elsewhere.Message, StringComparison.Ordinal);
    }

    private static async Task<ErasureReport> EraseAsync(AddinDbContext db, IMediaStore store)
    {
        var student = await StudentLookup.FindAsync(db, "school", ErasureScenario.LmsId, CancellationToken.None);
        var report = await new StudentErasure(db, TimeProvider.System).EraseAsync(student, new ErasureRequester("operator", null, AuditOrigin.CommandLine), CancellationToken.None);
        await new ErasedMediaDeleter(new MediaStoreProviders(store)).DeleteAsync(report, CancellationToken.None);
        return report;
    }

    /// <summary>Every cell of every text column of every table in the model that holds the student's LMS id, name or email.</summary>
    private static async Task<List<string>> TracesAsync(AddinDbContext db)
    {
        var traces = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in TextColumns.Of(db))
        {
            foreach (var column in table.Columns)
            {
                foreach (var identifier in ErasureScenario.Identifiers)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT \"{column}\" FROM \"{table.Table}\" WHERE lower(\"{column}\") LIKE @p";
                    var p = command.CreateParameter();
                    p.ParameterName = "@p";
                    p.Value = $"%{identifier.ToLowerInvariant()}%";
                    command.Parameters.Add(p);
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        traces.Add($"{table.Table}.{column}: {reader.GetString(0)}");
                    }
                }
            }
        }

        return traces;
    }

    private List<string> StoredKeys()
    {
        string root = Path.Combine(_data.Path, "media");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
    }
}
