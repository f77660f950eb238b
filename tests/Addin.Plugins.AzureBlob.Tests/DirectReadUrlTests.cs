using System.Net;
using System.Net.Http.Headers;
using System.Web;
using Addin.Testing;
using Azure.Storage.Sas;
using Microsoft.Extensions.Time.Testing;

namespace Addin.Plugins.AzureBlob.Tests;

/// <summary>Read-only SAS URLs for browsers, fetched from Azurite with a plain HttpClient as a browser would.</summary>
public sealed class DirectReadUrlTests : IAsyncLifetime
{
    private const string Key = "recordings/7/original.mp4";

    private static readonly HttpClient Http = new();
    private static readonly byte[] Content = GeneratedStream.Expected(300_000);

    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private readonly BlobStoreFixture _fixture;

    public DirectReadUrlTests() => _fixture = new BlobStoreFixture(new { maxSasValidity = "00:30:00" }, _time);

    public async Task InitializeAsync() =>
        await _fixture.Store.PutAsync(Key, new MemoryStream(Content), "video/mp4", null, CancellationToken.None);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Url_Get_Answers200WithTheContentAndItsType()
    {
        var url = await UrlAsync(TimeSpan.FromMinutes(15));

        using var response = await Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Url_GetWithRange_Answers206WithThoseBytes()
    {
        var url = await UrlAsync(TimeSpan.FromMinutes(15));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{Content.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Content[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Url_OnlyReads_WritingWithItIsRefused()
    {
        var url = await UrlAsync(TimeSpan.FromMinutes(15));
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent([1, 2, 3]) };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Content.Length, (await _fixture.Store.GetInfoAsync(Key, CancellationToken.None))!.Length);
    }

    [Fact]
    public async Task Url_AfterItsExpiry_Answers403()
    {
        // Signed when the clock said an hour ago, for 15 minutes: the service sees it as expired 45 minutes ago.
        var anHourAgo = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(-1));
        await using var signedThen = new BlobStoreFixture(new { container = _fixture.ContainerName }, anHourAgo);
        var url = await signedThen.Store.GetDirectReadUrlAsync(Key, TimeSpan.FromMinutes(15), null, CancellationToken.None);

        using var response = await Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Url_WithoutItsSignature_Answers403()
    {
        var url = await UrlAsync(TimeSpan.FromMinutes(15));

        using var response = await Http.GetAsync(url.GetLeftPart(UriPartial.Path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Url_LongerThanMaxSasValidity_ExpiresAtTheCap()
    {
        var url = await UrlAsync(TimeSpan.FromDays(2));

        var expiry = DateTimeOffset.Parse(HttpUtility.ParseQueryString(url.Query)["se"]!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(_time.GetUtcNow().AddMinutes(30), expiry, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Url_WithADownloadFileName_AnswersWithContentDispositionAttachment()
    {
        var url = await _fixture.Store.GetDirectReadUrlAsync(Key, TimeSpan.FromMinutes(5), "Week 3: factoring – Ana.mp4", CancellationToken.None);

        using var response = await Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Week 3: factoring – Ana.mp4", disposition.FileNameStar);
        Assert.Equal("Week 3: factoring _ Ana.mp4", disposition.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Url_ConnectionWithoutAccountKey_IsNullSoTheHostServesTheMedia()
    {
        string sas = BlobStoreFixture.Service.GenerateAccountSasUri(
            AccountSasPermissions.All, TimeProvider.System.GetUtcNow().AddHours(1), AccountSasResourceTypes.All).Query.TrimStart('?');
        string connection = $"BlobEndpoint={BlobStoreFixture.Service.Uri};SharedAccessSignature={sas}";
        await using var fixture = new BlobStoreFixture(new { connectionString = connection, container = _fixture.ContainerName });

        Assert.Null(await fixture.Store.GetDirectReadUrlAsync(Key, TimeSpan.FromMinutes(5), null, CancellationToken.None));
        Assert.Equal(Content.Length, (await fixture.Store.GetInfoAsync(Key, CancellationToken.None))!.Length);
    }

    private async Task<Uri> UrlAsync(TimeSpan validity) =>
        (await _fixture.Store.GetDirectReadUrlAsync(Key, validity, null, CancellationToken.None))!;
}
