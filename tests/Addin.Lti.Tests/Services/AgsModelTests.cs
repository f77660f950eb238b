using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Addin.Lti.Services.Grades;

namespace Addin.Lti.Tests.Services;

public sealed class AgsModelTests
{
    public static TheoryData<string, string> LineItemFixtures => new()
    {
        { "ltiadvantage-andyfmiller", "LineItem.json" },
        { "atomicjolt", "canvas-ags-lineitem-create-response.json" },
        { "atomicjolt", "canvas-ags-lineitem-get-response.json" },
    };

    public static TheoryData<string, string> LineItemContainerFixtures => new()
    {
        { "ltiadvantage-andyfmiller", "LineItemContainer.json" },
        { "atomicjolt", "canvas-ags-lineitems-list-response.json" },
        { "pylti1p3", "canvas-ags-lineitems-response.json" },
    };

    [Theory]
    [MemberData(nameof(LineItemFixtures))]
    public void LineItem_Fixture_RoundTrips(string folder, string file)
    {
        var json = ServiceFixtures.Text(folder, file);

        var item = JsonSerializer.Deserialize<LineItem>(json, AgsJson.Options)!;

        AssertSameJson(JsonNode.Parse(json)!, JsonSerializer.SerializeToNode(item, AgsJson.Options)!);
    }

    [Theory]
    [MemberData(nameof(LineItemContainerFixtures))]
    public void LineItemContainer_Fixture_RoundTrips(string folder, string file)
    {
        var json = ServiceFixtures.Text(folder, file);

        var items = JsonSerializer.Deserialize<List<LineItem>>(json, AgsJson.Options)!;

        AssertSameJson(JsonNode.Parse(json)!, JsonSerializer.SerializeToNode(items, AgsJson.Options)!);
    }

    [Theory]
    [InlineData("ltiadvantage-andyfmiller", "ResultContainer.json")]
    [InlineData("pylti1p3", "canvas-ags-results-response.json")]
    public void ResultContainer_Fixture_RoundTrips(string folder, string file)
    {
        var json = ServiceFixtures.Text(folder, file);

        var results = JsonSerializer.Deserialize<List<Result>>(json, AgsJson.Options)!;

        AssertSameJson(JsonNode.Parse(json)!, JsonSerializer.SerializeToNode(results, AgsJson.Options)!);
    }

    [Fact]
    public void Result_SpecExample_RoundTrips()
    {
        var json = ServiceFixtures.Text("ltiadvantage-andyfmiller", "Result.json");

        var result = JsonSerializer.Deserialize<Result>(json, AgsJson.Options)!;

        Assert.Equal(new Uri("https://lms.example.com/context/2923/lineitems/1"), result.ScoreOf);
        AssertSameJson(JsonNode.Parse(json)!, JsonSerializer.SerializeToNode(result, AgsJson.Options)!);
    }

    [Fact]
    public void Score_SpecExample_RoundTripsExactly()
    {
        var json = ServiceFixtures.Text("ltiadvantage-andyfmiller", "Score.json");

        var score = JsonSerializer.Deserialize<Score>(json, AgsJson.Options)!;
        var written = JsonSerializer.SerializeToNode(score, AgsJson.Options)!;

        Assert.Equal((ActivityProgress.Completed, GradingProgress.FullyGraded, 83m, 100m), (score.ActivityProgress, score.GradingProgress, score.ScoreGiven, score.ScoreMaximum));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written), written.ToJsonString());
    }

    [Theory]
    [InlineData("2026-03-02T09:00:00+00:00", "2026-03-02T09:00:00.000+00:00")]
    [InlineData("2026-03-02T10:15:30.25+01:00", "2026-03-02T10:15:30.250+01:00")]
    [InlineData("2026-03-01T23:59:59.9999999-05:00", "2026-03-01T23:59:59.999-05:00")]
    public void Score_Timestamp_IsIso8601WithMillisecondsAndTheCallersOffset(string given, string expected)
    {
        var score = new Score
        {
            UserId = "u",
            Timestamp = DateTimeOffset.Parse(given, CultureInfo.InvariantCulture),
            ActivityProgress = ActivityProgress.Submitted,
            GradingProgress = GradingProgress.PendingManual,
        };

        var written = JsonSerializer.SerializeToNode(score, AgsJson.Options)!;

        Assert.Equal(expected, written["timestamp"]!.GetValue<string>());
        Assert.Equal(("Submitted", "PendingManual"), (written["activityProgress"]!.GetValue<string>(), written["gradingProgress"]!.GetValue<string>()));
    }

    // Same JSON up to how numbers and instants are spelled: 10.0 = 10, "…Z" = "…+00:00".
    private static void AssertSameJson(JsonNode expected, JsonNode actual)
    {
        switch (expected)
        {
            case JsonObject o:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.Equal(o.Select(p => p.Key).Order(StringComparer.Ordinal), a.Select(p => p.Key).Order(StringComparer.Ordinal));
                foreach (var (name, value) in o)
                {
                    AssertSameJson(value!, a[name]!);
                }

                break;
            case JsonArray array:
                var other = Assert.IsType<JsonArray>(actual);
                Assert.Equal(array.Count, other.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    AssertSameJson(array[i]!, other[i]!);
                }

                break;
            default:
                var e = expected.AsValue();
                var v = actual.AsValue();
                if (e.GetValueKind() == JsonValueKind.Number)
                {
                    Assert.Equal(e.GetValue<decimal>(), v.GetValue<decimal>());
                }
                else if (e.GetValueKind() == JsonValueKind.String
                    && DateTimeOffset.TryParse(e.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
                    && e.GetValue<string>().Contains('T', StringComparison.Ordinal))
                {
                    Assert.Equal(instant, DateTimeOffset.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.True(JsonNode.DeepEquals(expected, actual), $"{expected.ToJsonString()} ≠ {actual.ToJsonString()}");
                }

                break;
        }
    }
}
