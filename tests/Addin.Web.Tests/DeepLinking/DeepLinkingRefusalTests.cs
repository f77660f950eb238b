using System.Net;
using System.Text.Json.Nodes;
using Addin.Core.Persistence;
using Addin.Lti.Claims;
using Addin.Lti.DeepLinking;
using Addin.Lti.Launch;
using Addin.Lti.Platform;
using Addin.Media.Speech;
using Addin.Testing;
using Addin.Web.Demo;
using Addin.Web.Lti;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Web.Tests.DeepLinking;

/// <summary>
/// The content picker refuses what it must: learners, pending selections that are replayed, expired, forged or from
/// another session, several items where the LMS takes one, content types the LMS does not take; Cancel answers with
/// no items. Every refusal is a page that says what to do, and is audited.
/// </summary>
public sealed class DeepLinkingRefusalTests(DeepLinkingFixture fixture) : IClassFixture<DeepLinkingFixture>
{
    private readonly AddinApp app = fixture.App;

    private string ClassItem => $"recording:{fixture.Class.Id}";

    [Fact]
    public async Task Learner_OpeningThePicker_Gets403_AndCannotSubmitEither()
    {
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchFromAsync("/demo/deep-link/student");

        var page = await PickerPage.OpenAsync(browser, launch.Location);
        using var submit = await browser.Client.PostAsync(
            PickerUrl(launch), new FormUrlEncodedContent([new("pick", PickOf(launch)), new("action", "place"), new("item", ClassItem)]));

        Assert.StartsWith("/app/deep-link?", launch.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Teachers only", page.Html, StringComparison.Ordinal);
        Assert.Contains("instructors, teaching assistants, content developers and course administrators", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(DeepLinkingFixture.ClassTitle, page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.DoesNotContain("name=\"JWT\"", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertAuditedAsync("not a teacher of the course");
    }

    [Fact]
    public async Task Picker_LeavesOutADeletedRecording_AndRefusesItWhenSubmitted()
    {
        const string title = "DL refusals: deleted";
        await InboxDrops.DropAsync(app, "alg-101", "dl-refusals-deleted", title, [new SpokenLine("Ana Rivera", "This one goes.")]);
        var deleted = await InboxDrops.WaitForAsync(app, title);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
            var recording = await db.Recordings.SingleAsync(r => r.Id == deleted.Id);
            await scope.ServiceProvider.GetRequiredService<Core.Retention.RecordingDeletion>().DeleteAsync(recording, null, "test", CancellationToken.None);
        }

        using var browser = app.CreateBrowser();
        var picker = await PickerPage.OpenAsync(browser, (await browser.LaunchFromAsync("/demo/deep-link/instructor")).Location);
        var answer = await picker.SubmitAsync([$"recording:{deleted.Id}"]);

        Assert.Contains(ClassItem, picker.Choices);
        Assert.DoesNotContain($"recording:{deleted.Id}", picker.Choices);
        Assert.Null(answer.Jwt);
    }

    [Fact]
    public async Task Picker_SubmittedTwice_SecondIsRefusedAsAlreadySent()
    {
        using var browser = app.CreateBrowser();
        var picker = await PickerPage.OpenAsync(browser, (await browser.LaunchFromAsync("/demo/deep-link/instructor")).Location);

        var first = await picker.SubmitAsync([ClassItem]);
        var second = await picker.SubmitAsync([ClassItem]);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.NotNull(first.Jwt);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Null(second.Jwt);
        Assert.Contains("already sent to the LMS", second.Html, StringComparison.Ordinal);
        await AssertAuditedAsync("already sent");
    }

    [Fact]
    public async Task Picker_WithAnExpiredSelection_IsRefusedAsExpired()
    {
        using var browser = app.CreateBrowser();
        var launch = await browser.LaunchFromAsync("/demo/deep-link/instructor");
        var (personId, courseId) = await InstructorInAlgebraAsync();
        var anHourAndMoreAgo = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - DeepLinkPickTokens.Lifetime - TimeSpan.FromMinutes(1));
        var tokens = new DeepLinkPickTokens(app.Services.GetRequiredService<IDataProtectionProvider>(), anHourAndMoreAgo);
        string expired = tokens.Issue(Context(), personId, courseId, launch.Token);

        var page = await PickerPage.OpenAsync(browser, PickerUrl(launch, expired));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("This content selection expired", page.Html, StringComparison.Ordinal);
        Assert.Contains("Start again from the LMS", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_WithASelectionOfAnotherSession_OrAForgedOne_IsRefused()
    {
        using var browser = app.CreateBrowser();
        var first = await browser.LaunchFromAsync("/demo/deep-link/instructor");
        var second = await browser.LaunchFromAsync("/demo/deep-link/instructor");

        var swapped = await PickerPage.OpenAsync(browser, PickerUrl(second, PickOf(first)));
        var forged = await PickerPage.OpenAsync(browser, PickerUrl(second, "CfDJ8-not-a-real-token"));
        var missing = await PickerPage.OpenAsync(browser, PickerUrl(second, null));

        Assert.Equal(HttpStatusCode.BadRequest, swapped.Status);
        Assert.Contains("opened in another Addin session", swapped.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("cannot be read", forged.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
    }

    [Fact]
    public async Task SingleItemPlatform_ShowsRadioButtons_AndRefusesTwoPicksWith400_ThenTakesOne()
    {
        using var browser = app.CreateBrowser();
        var launch = await LaunchWithSettingsAsync(browser, s => s["accept_multiple"] = false);
        var picker = await PickerPage.OpenAsync(browser, launch.Location);
        string courseItem = picker.Choices.Single(c => c.StartsWith("course:", StringComparison.Ordinal));

        var two = await picker.SubmitAsync([courseItem, ClassItem]);
        var one = await picker.SubmitAsync([ClassItem]);

        Assert.Equal("radio", picker.InputType);
        Assert.Equal(HttpStatusCode.BadRequest, two.Status);
        Assert.Contains("The platform accepts one item at a time here, but 2 were chosen. Choose one.", two.Html, StringComparison.Ordinal);
        Assert.Null(two.Jwt);
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Single(JwtParts.Payload(one.Jwt!)[LtiClaimNames.DeepLinkingContentItems]!.AsArray());
        await AssertAuditedAsync(nameof(DeepLinkingErrorCode.MultipleNotAccepted));
    }

    [Fact]
    public async Task PlatformNotAcceptingResourceLinks_DisablesTheChoices_AndRefusesAForcedSubmit()
    {
        using var browser = app.CreateBrowser();
        var launch = await LaunchWithSettingsAsync(browser, s => s["accept_types"] = new JsonArray("link", "file"));
        var picker = await PickerPage.OpenAsync(browser, launch.Location);

        var forced = await picker.SubmitAsync([ClassItem]);

        Assert.Equal(HttpStatusCode.OK, picker.Status);
        Assert.Contains("Your LMS accepts only link, file here", picker.Html, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled", picker.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forced.Status);
        Assert.Contains("The platform accepts only link, file here, not ltiResourceLink.", forced.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_WithAnItemTheTeacherCannotPlace_OrNone_IsRefusedWith400()
    {
        using var browser = app.CreateBrowser();
        var picker = await PickerPage.OpenAsync(browser, (await browser.LaunchFromAsync("/demo/deep-link/instructor")).Location);

        var unknown = await picker.SubmitAsync([ClassItem, "recording:987654"]);
        var nothing = await picker.SubmitAsync([]);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("no longer available to you", unknown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.Status);
        Assert.Contains("Choose at least one item to add, or Cancel.", nothing.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ReturnsNoItemsWithAMessage_AndTheLmsAddsNothing()
    {
        using var browser = app.CreateBrowser();
        var request = await browser.GetLaunchFormFromAsync("/demo/deep-link/instructor");
        string data = JwtParts.Payload(request.IdToken)[LtiClaimNames.DeepLinkingSettings]!["data"]!.GetValue<string>();
        using var launched = await browser.PostLaunchAsync(request.IdToken, request.State);
        var picker = await PickerPage.OpenAsync(browser, (await DemoBrowser.ToLaunchAsync(launched, "cancel")).Location);

        var answer = await picker.SubmitAsync([ClassItem], cancel: true);
        var received = await new DeepLinkingResponseReader(new InMemoryNonceStore(TimeProvider.System), TimeProvider.System).ReadAsync(
            answer.Jwt,
            new DeepLinkingResponseExpectation(new Uri(app.BaseUrl, "/demo").ToString(), DemoLms.ClientId, DemoLms.DeploymentId, data),
            await browser.Client.GetStringAsync(new Uri("/lti/jwks", UriKind.Relative)),
            CancellationToken.None);
        using var returned = await answer.PostToPlatformAsync(browser);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(received.ContentItems);
        Assert.Equal("Nothing was added from Addin.", received.Message);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Contains("Nothing was added", await returned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertAuditedAsync("cancelled", allowed: true);
    }

    [Fact]
    public async Task DemoReturn_WithATamperedAnswer_IsRefusedNamingTheCheck()
    {
        using var browser = app.CreateBrowser();
        var picker = await PickerPage.OpenAsync(browser, (await browser.LaunchFromAsync("/demo/deep-link/instructor")).Location);
        var answer = await picker.SubmitAsync([ClassItem]);
        string[] parts = answer.Jwt!.Split('.');
        var payload = JwtParts.Decode(parts[1]);
        payload[LtiClaimNames.DeepLinkingContentItems]![0]!["url"] = "https://evil.example/app/recording/1";
        string tampered = $"{parts[0]}.{Base64Url(payload.ToJsonString())}.{parts[2]}";

        using var response = await browser.Client.PostAsync(answer.FormAction, new FormUrlEncodedContent([new("JWT", tampered)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("LTI_BAD_SIGNATURE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A deep linking launch whose settings the test changed, signed with the demo platform's key as the LMS would.</summary>
    private async Task<Launch> LaunchWithSettingsAsync(DemoBrowser browser, Action<JsonObject> change)
    {
        var form = await browser.GetLaunchFormFromAsync("/demo/deep-link/instructor");
        var payload = JwtParts.Payload(form.IdToken);
        change(payload[LtiClaimNames.DeepLinkingSettings]!.AsObject());
        string resigned = IdTokenBuilder.SignRaw(JwtParts.Header(form.IdToken), payload, app.Services.GetRequiredService<DemoPlatformKey>().Key);
        using var response = await browser.PostLaunchAsync(resigned, form.State);
        return await DemoBrowser.ToLaunchAsync(response, "a changed deep linking request");
    }

    private async Task<(long PersonId, long CourseId)> InstructorInAlgebraAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        long person = await db.People.Where(p => p.Subject == "demo-instructor-rivera").Select(p => p.Id).SingleAsync();
        long course = await db.Courses.Where(c => c.Key == DemoLms.Algebra.Key).Select(c => c.Id).SingleAsync();
        return (person, course);
    }

    private DeepLinkingContext Context() => new(
        new Uri(app.BaseUrl, "/demo").ToString(),
        DemoLms.ClientId,
        DemoLms.DeploymentId,
        new LtiDeepLinkingSettings { DeepLinkReturnUrl = new Uri(app.BaseUrl, "/demo/platform/deep-link-return"), AcceptTypes = ["ltiResourceLink"], AcceptMultiple = true });

    private async Task AssertAuditedAsync(string detail, bool allowed = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        Assert.True(
            await db.AuditEntries.AnyAsync(a => a.Action == "deeplink.pick" && a.Allowed == allowed && a.Detail == detail),
            $"the pick ({detail}) is in the audit log");
    }

    private static string PickOf(Launch launch) =>
        Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(launch.Location, "[?&]pick=([^&#]+)").Groups[1].Value);

    private static string PickerUrl(Launch launch, string? pick = null) =>
        launch.WithToken("/app/deep-link") + (pick is null ? "" : "&pick=" + Uri.EscapeDataString(pick));

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
