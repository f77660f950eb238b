using Addin.Core.Persistence;
using Addin.Core.Quality;
using Addin.Core.Recaps;
using Addin.Core.Sessions;
using Addin.Web.Components.Shared;
using Addin.Web.Tests.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Addin.EndToEnd.Tests;

/// <summary>
/// The coverage heatmap as Chromium draws it: a reviewer opens Biology's coverage page, and the screenshot's pixel at
/// the centre of each cell has the colour of the cell's level (on plan, under, over, not covered, covered without a
/// planned time, no transcript measured).
/// </summary>
public sealed class CoverageHeatmapTests(AppInChromiumFixture demo) : IClassFixture<AppInChromiumFixture>
{
    private const string Plan = "topic,keywords,planned_minutes\nCells,cell;nucleus,10\nEnzymes,enzyme;catalyst,10\nFieldwork,field;sample,\n";

    [Fact]
    public async Task Heatmap_Screenshot_HasEachCellsColourAtItsPlace()
    {
        // Minutes per topic (cells, enzymes, fieldwork) for three early sessions; the third has no measured transcript.
        long courseId = await SeedAsync([[10, 2, 0], [20, 0, 5], null]);

        await using var page = await demo.NewPageAsync();
        var frame = await page.LaunchAsync("reviewer");
        await page.Page.GotoAsync($"/app/course/{courseId}/coverage?t={Uri.EscapeDataString(WatchedPage.TokenOf(frame))}");
        var map = page.Page.GetByTestId("coverage-map").Locator("svg");
        await Expect(map).ToBeVisibleAsync();
        await Expect(page.Page.GetByTestId("coverage-table")).ToBeAttachedAsync();
        await Expect(map.Locator("rect[data-topic='cells']").First).ToHaveAttributeAsync("data-level", "OnPlan");
        byte[] shot = await map.ScreenshotAsync(new() { Path = Path.Combine(DemoAppFixture.OutputFolder, "coverage-heatmap.png") });
        var png = PngFile.Read(shot);
        Assert.NotEmpty(png.Rgba);

        string[][] expected =
        [
            ["#2e8b57", "#f2a33a", "#e6e6e6"],
            ["#c62828", "#e6e6e6", "#7fb3e0"],
            ["#ffffff", "#ffffff", "#ffffff"],
        ];
        for (int row = 0; row < expected.Length; row++)
        {
            for (int topic = 0; topic < 3; topic++)
            {
                int x = CoverageHeatmap.LabelWidth + (topic * CoverageHeatmap.CellWidth) + (CoverageHeatmap.CellWidth / 2);
                int y = CoverageHeatmap.HeaderHeight + CoverageHeatmap.RowHeight + (row * CoverageHeatmap.RowHeight) + (CoverageHeatmap.RowHeight / 2);
                AssertColour(png, x, y, expected[row][topic], $"session {row + 1}, topic {topic + 1}");
            }
        }

        page.AssertNoProblems();
    }

    private async Task<long> SeedAsync(double[]?[] sessions)
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long courseId = await db.Courses.Where(c => c.Key == "bio-201").Select(c => c.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<CurriculumPlans>().ImportAsync(courseId, "biology.csv", new StringReader(Plan), null, CancellationToken.None);
        string[] topics = ["cells", "enzymes", "fieldwork"];
        for (int i = 0; i < sessions.Length; i++)
        {
            var at = new DateTimeOffset(2020, 1, 6 + i, 9, 0, 0, TimeSpan.Zero);
            var session = new Session { CourseId = courseId, Title = $"Heatmap session {i + 1}", StartsAt = at, CreatedAt = at };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            if (sessions[i] is { } minutes)
            {
                db.TopicCoverage.AddRange(topics.Select((t, j) => new TopicCoverage { SessionId = session.Id, TopicId = t, Minutes = minutes[j] }));
            }
        }

        await db.SaveChangesAsync();
        return courseId;
    }

    private static void AssertColour(PngFile png, int x, int y, string hex, string what)
    {
        int at = ((y * png.Width) + x) * 4;
        int[] want = [Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16)];
        int[] got = [png.Rgba[at], png.Rgba[at + 1], png.Rgba[at + 2]];
        Assert.True(
            want.Zip(got).All(p => Math.Abs(p.First - p.Second) <= 3) && png.Rgba[at + 3] == 255,
            $"{what} at ({x},{y}): expected {hex}, got #{got[0]:x2}{got[1]:x2}{got[2]:x2} alpha {png.Rgba[at + 3]}");
    }
}
