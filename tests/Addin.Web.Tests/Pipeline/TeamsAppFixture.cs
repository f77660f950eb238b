using System.Globalization;
using System.Text;
using Addin.Sdk.Captions;
using Addin.Testing;
using Microsoft.EntityFrameworkCore;

namespace Addin.Web.Tests.Pipeline;

/// <summary>
/// Addin whose platforms import from Microsoft Teams, configured the environment's way (text values, the secrets and the
/// organizer list included), and Microsoft Graph with its token endpoint on 127.0.0.1.
/// </summary>
public sealed class TeamsAppFixture : PipelineAppFixture
{
    public const string Organizer = "1c9165ff-ae92-49af-89b4-415554a36a51";
    public const string ClientState = "teams-client-state-T3st";
    public const string Thread = "OTBlOTcxMzAtNzc0YS00YzA1LThiZWEtZThkM2Y4ZDJhYTA1";
    public static readonly string CourseMeetingId = FakeGraphMeetings.MeetingId(Organizer, Thread);

    private readonly Dictionary<string, string?> settings;

    public TeamsAppFixture()
    {
        settings = new Dictionary<string, string?>
        {
            ["Addin:Providers:RecordingSource:0"] = "teams",
            ["Addin:Providers:Settings:teams:tenantId"] = FakeGraphMeetings.TenantId,
            ["Addin:Providers:Settings:teams:clientId"] = FakeGraphMeetings.ClientId,
            ["Addin:Providers:Settings:teams:clientSecret"] = FakeGraphMeetings.ClientSecret,
            ["Addin:Providers:Settings:teams:organizerUserIds:0"] = Organizer,
            ["Addin:Providers:Settings:teams:clientState"] = ClientState,
            ["Addin:Providers:Settings:teams:notificationUrl"] = "https://addin.example.edu/sources/demo/webhook",
            ["Addin:Providers:Settings:teams:graphBaseUrl"] = Graph.GraphBaseUrl.ToString(),
            ["Addin:Providers:Settings:teams:loginBaseUrl"] = Graph.BaseUrl.ToString(),
            ["Addin:Providers:Settings:teams:maxAttempts"] = "2",
            // Webhooks bring the recordings in these tests; the host's first poll runs before any recording exists.
            ["Addin:Pipeline:PollInterval"] = "01:00:00",
        };
    }

    public FakeGraphMeetings Graph { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>The meeting's join link, as its invitation shows it.</summary>
    public static string JoinLink(string organizer, string thread) =>
        "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString($"19:meeting_{thread}@thread.v2") + "/0?context=" +
        Uri.EscapeDataString($$"""{"Tid":"{{FakeGraphMeetings.TenantId}}","Oid":"{{organizer}}"}""");

    /// <summary>The demo platform's webhook URL.</summary>
    public static async Task<string> WebhookPathAsync(PipelineApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.LaunchAsync();
        string key = await app.QueryAsync(db => db.Courses.Where(c => c.Key == PipelineApp.CourseKey).Select(c => c.Platform!.Key).SingleAsync());
        return $"/sources/{Uri.EscapeDataString(key)}/webhook";
    }

    /// <summary>Links the course to a Teams meeting through the course page's form, as its instructor, by its join link.</summary>
    public static async Task<HttpResponseMessage> LinkMeetingAsync(PipelineApp app, string joinLink)
    {
        ArgumentNullException.ThrowIfNull(app);
        var launch = await app.LaunchAsync("instructor");
        long courseId = await app.CourseIdAsync();
        using var form = new FormUrlEncodedContent([new("value", joinLink)]);
        return await app.Http.PostAsync(launch.WithToken(string.Create(CultureInfo.InvariantCulture, $"/app/course/{courseId}/external-ids/teams-meeting")), form);
    }

    /// <summary>The clip's transcript as Teams writes it: GUID cue ids, unpadded times, <c>&lt;v Speaker&gt;</c> voices.</summary>
    public static string TeamsStyleVtt(string vttWithVoices)
    {
        var output = new StringBuilder("WEBVTT\n");
        int cue = 0;
        foreach (var segment in WebVttParser.Parse(vttWithVoices).Segments)
        {
            cue++;
            output.Append(CultureInfo.InvariantCulture,
                $"\n0f7b1c2e-5b7e-4f57-9a3f-1d2c3b4a5e6f/{cue}-0\n{Unpadded(segment.Start)} --> {Unpadded(segment.End)}\n<v {segment.Speaker}>{segment.Text}</v>\n");
        }

        return output.ToString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Graph.Dispose();
    }

    private static string Unpadded(TimeSpan at) => string.Create(CultureInfo.InvariantCulture, $"{(int)at.TotalHours}:{at.Minutes}:{at.Seconds}.{at.Milliseconds:000}");
}
