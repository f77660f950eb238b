using System.Net;
using Addin.Data;
using Addin.Lti.Claims;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Addin.Web.Tests.DeepLinking;

/// <summary>
/// The whole Deep Linking loop against the demo LMS, over HTTP: an instructor's "Add Addin content" opens the picker,
/// two recordings go back as signed ltiResourceLink items that verify against /lti/jwks, the LMS places them, and a
/// student launching a placed link lands on that recording while a student of another course is refused.
/// </summary>
public sealed class DeepLinkingLoopTests
{
    private const string ClassTitle = "DL loop: class";
    private const string TutoringTitle = "DL loop: tutoring with Sam";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Instructor_PlacesTwoRecordings_StudentsLandOnThemOnlyWhereTheyMay(DatabaseProvider provider)
    {
        await using var app = await AddinApp.StartAsync(provider);
        await InboxDrops.DropAsync(app, "alg-101", "dl-class", ClassTitle, [new SpokenLine("Ana Rivera", "Today we graph lines.")]);
        await InboxDrops.DropAsync(app, "alg-101", "dl-tutoring", TutoringTitle, [new SpokenLine("Ana Rivera", "Sam, the slope first.")],
            new[] { new { lmsUserId = "demo-student-sam" } });
        var classRecording = await InboxDrops.WaitForAsync(app, ClassTitle);
        var tutoring = await InboxDrops.WaitForAsync(app, TutoringTitle);
        using var browser = app.CreateBrowser();

        // The LMS's deep linking request, then Addin's picker.
        var request = await browser.GetLaunchFormFromAsync("/demo/deep-link/instructor");
        var requestPayload = JwtParts.Payload(request.IdToken);
        var settings = requestPayload[LtiClaimNames.DeepLinkingSettings]!.AsObject();
        string data = settings["data"]!.GetValue<string>();
        using var launched = await browser.PostLaunchAsync(request.IdToken, request.State);
        var launch = await DemoBrowser.ToLaunchAsync(launched, "Add Addin content");
        var picker = await PickerPage.OpenAsync(browser, launch.Location);

        Assert.Equal(LtiMessageTypes.DeepLinkingRequest, requestPayload[LtiClaimNames.MessageType]!.GetValue<string>());
        Assert.StartsWith("/app/deep-link?", launch.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, picker.Status);
        Assert.Equal("checkbox", picker.InputType);
        Assert.Contains($"recording:{classRecording.Id}", picker.Choices);
        Assert.Contains($"recording:{tutoring.Id}", picker.Choices);
        Assert.Contains(picker.Choices, c => c.StartsWith("course:", StringComparison.Ordinal));

        // Two recordings back to the LMS, signed with the tool's key.
        var answer = await picker.SubmitAsync([$"recording:{classRecording.Id}", $"recording:{tutoring.Id}"]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(settings["deep_link_return_url"]!.GetValue<string>(), answer.FormAction);
        Assert.Equal(
            $"default-src 'none'; script-src {FormPost.ScriptHash}; form-action {app.BaseUrl.GetLeftPart(UriPartial.Authority)}; base-uri 'none'; frame-ancestors *",
            answer.ContentSecurityPolicy);
        string toolJwks = await browser.Client.GetStringAsync(new Uri("/lti/jwks", UriKind.Relative));
        var received = await new DeepLinkingResponseReader(new InMemoryNonceStore(TimeProvider.System), TimeProvider.System).ReadAsync(
            answer.Jwt,
            new DeepLinkingResponseExpectation(requestPayload["iss"]!.GetValue<string>(), DemoLms.ClientId, DemoLms.DeploymentId, data),
            toolJwks,
            CancellationToken.None);
        Assert.Equal(data, JwtParts.Payload(answer.Jwt!)[LtiClaimNames.DeepLinkingData]!.GetValue<string>());
        Assert.Equal(2, received.ContentItems.Count);
        Assert.Equal([ClassTitle, TutoringTitle], received.ResourceLinks.Select(l => l.Title).Order());
        foreach (var (link, recording) in received.ResourceLinks.Select(l => (l, l.Title == ClassTitle ? classRecording : tutoring)))
        {
            Assert.Equal(new Uri(app.BaseUrl, $"/app/recording/{recording.Id}"), link.Url);
            Assert.Equal(recording.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), link.Custom["recording_id"]);
            Assert.Equal("$Context.id.history", link.Custom["context_id_history"]);
            Assert.StartsWith("Session recording", link.Text, StringComparison.Ordinal);
            Assert.NotNull(link.Iframe);
        }

        // The LMS verifies the same answer against /lti/jwks and places the links.
        using var placedResponse = await answer.PostToPlatformAsync(browser);
        string placedPage = await placedResponse.Content.ReadAsStringAsync();
        var placed = (await app.Services.GetRequiredService<DemoPlacedLinks>().AllAsync(CancellationToken.None)).ToDictionary(l => l.Title);
        string demoPage = await browser.Client.GetStringAsync(new Uri("/demo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, placedResponse.StatusCode);
        Assert.Contains("Addin says: Added 2 items from Addin.", placedPage, StringComparison.Ordinal);
        Assert.Equal([ClassTitle, TutoringTitle], placed.Keys.Order());
        Assert.All(placed.Values, l => Assert.Equal(DemoLms.Algebra.ContextId, l.CourseContextId));
        Assert.Contains($"/demo/links/{placed[ClassTitle].Id}/launch/student", demoPage, StringComparison.Ordinal);

        // A student's launch of a placed link carries its resource link, target and custom parameters, and lands on it.
        string classLink = $"/demo/links/{placed[ClassTitle].Id}/launch/student";
        var studentForm = await browser.GetLaunchFormFromAsync(classLink);
        var studentPayload = JwtParts.Payload(studentForm.IdToken);
        using var studentLaunched = await browser.PostLaunchAsync(studentForm.IdToken, studentForm.State);
        var sam = await DemoBrowser.ToLaunchAsync(studentLaunched, classLink);
        using var samPage = await browser.GetAsync(sam.Location);

        Assert.Equal(placed[ClassTitle].ResourceLinkId, studentPayload[LtiClaimNames.ResourceLink]!["id"]!.GetValue<string>());
        Assert.Equal(placed[ClassTitle].Url!.ToString(), studentPayload[LtiClaimNames.TargetLinkUri]!.GetValue<string>());
        Assert.Equal(classRecording.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), studentPayload[LtiClaimNames.Custom]!["recording_id"]!.GetValue<string>());
        Assert.StartsWith($"/app/recording/{classRecording.Id}?", sam.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, samPage.StatusCode);
        Assert.Contains(ClassTitle, await samPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another course's student, and a classmate on Sam's one-to-one, are refused as if the recording did not exist.
        var bo = await browser.LaunchFromAsync(classLink.Replace("/student", "/outsider", StringComparison.Ordinal));
        using var boPage = await browser.GetAsync(bo.Location);
        var alex = await browser.LaunchFromAsync($"/demo/links/{placed[TutoringTitle].Id}/launch/student2");
        using var alexPage = await browser.GetAsync(alex.Location);

        Assert.StartsWith($"/app/recording/{classRecording.Id}?", bo.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, boPage.StatusCode);
        Assert.DoesNotContain(ClassTitle, await boPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, alexPage.StatusCode);
    }
}
