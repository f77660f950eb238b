using System.Net;
using Addin.Core.Audit;
using Addin.Core.Recordings;
using Addin.Data;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Opt-in import through the pages: a reviewer makes the demo platform import only courses that opt in; a recording
/// dropped into the course's folder then waits as "not imported" on the course page and the pipeline health page, until
/// the instructor presses Import it; the course's switch is the instructor's, not a student's. All of it audited.
/// </summary>
public sealed class AutomaticImportOptInTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task OptInPlatform_DroppedRecordingWaitsAsNotImported_UntilTheInstructorImportsIt(DatabaseProvider provider)
    {
        await using var app = await PipelineApp.StartAsync(provider);
        long courseId = await app.CourseIdAsync();
        var instructor = await app.LaunchAsync();
        var student = await app.LaunchAsync("student");
        var reviewer = await app.LaunchAsync("reviewer");

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(app, reviewer.WithToken("/app/platforms/demo/automatic-import"), ("mode", "opt-in")));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(app, student.WithToken("/app/platforms/demo/automatic-import"), ("mode", "all-courses")));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(app, instructor.WithToken($"/app/course/{courseId}/automatic-import"), ("automatic-import", "maybe")));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(app, student.WithToken($"/app/course/{courseId}/automatic-import"), ("automatic-import", "on")));

        string media = await app.Clips.CopyAsync(app.Clips.Mp4, "held.mp4");
        app.Drop(media, "held.mp4", (".vtt", app.Clips.Vtt));
        long id = await app.WaitForImportAsync("held.mp4");
        Assert.Equal(RecordingStatus.NotImported, (await app.RecordingAsync(id)).Status);

        string coursePage = await app.Http.GetStringAsync(instructor.WithToken($"/app/course/{courseId}"));
        Assert.Contains("Not imported: course has not opted in", coursePage, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"import-held-{id}\"", coursePage, StringComparison.Ordinal);
        Assert.Contains("Switch automatic import on", coursePage, StringComparison.Ordinal);
        string health = await app.Http.GetStringAsync(reviewer.WithToken("/app/admin/pipeline"));
        Assert.Contains("not imported: course has not opted in", health, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"import-held-{id}\"", health, StringComparison.Ordinal);
        Assert.DoesNotContain("held.mp4", await app.Http.GetStringAsync(student.WithToken($"/app/course/{courseId}")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(app, student.WithToken($"/app/recording/{id}/import"), ("back", "course")));
        Assert.Equal(RecordingStatus.NotImported, (await app.RecordingAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(app, instructor.WithToken($"/app/recording/{id}/import"), ("back", "course")));
        Assert.Equal(nameof(RecordingStatus.Ready), (await app.WaitUntilDoneAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(app, instructor.WithToken($"/app/course/{courseId}/automatic-import"), ("automatic-import", "on")));
        Assert.True(await app.QueryAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.AutomaticImportOptIn).SingleAsync()));
        var audit = await app.QueryAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.PlatformAutomaticImport || e.Action == AuditActions.CourseAutomaticImport || e.Action == AuditActions.ImportHeldRecording)
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Allowed }).ToListAsync());
        Assert.Equal(
            [
                (AuditActions.PlatformAutomaticImport, true), (AuditActions.PlatformAutomaticImport, false),
                (AuditActions.CourseAutomaticImport, false), (AuditActions.CourseAutomaticImport, false),
                (AuditActions.ImportHeldRecording, false), (AuditActions.ImportHeldRecording, true),
                (AuditActions.CourseAutomaticImport, true),
            ],
            audit.Select(e => (e.Action, e.Allowed)));
    }

    private static async Task<HttpStatusCode> PostAsync(PipelineApp app, string url, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await app.Http.PostAsync(url, content);
        return response.StatusCode;
    }
}
