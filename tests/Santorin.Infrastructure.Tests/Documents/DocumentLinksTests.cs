using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Santorin.Infrastructure.Documents;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class DocumentLinksTests(OAuthAzurite oauthAzurite) : IClassFixture<OAuthAzurite>
{
    private static readonly byte[] Content = "%PDF-1.7 pas vraiment un PDF"u8.ToArray();

    private readonly TestStorage _storage = new();

    [Fact]
    public async Task CreateReadLinkAsync_AccountKey_DownloadsTheBlobUnderItsFileName()
    {
        await UploadAsync(_storage.Blobs, _storage.Options, "copies/a.pdf");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sut = Links(_storage.Blobs, _storage.Options, time);
        var fileName = "02612345678_N-DIAYE_Elodie.pdf";

        var link = await sut.CreateReadLinkAsync("copies/a.pdf", fileName, CancellationToken.None);

        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(15), link.ExpiresAt);
        using var http = new HttpClient();
        using var response = await http.GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
        var disposition = response.Content.Headers.ContentDisposition?.ToString();
        Assert.Equal($"attachment; filename=\"{fileName}\"", disposition);
        Assert.Contains("sp=r&", link.Url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateReadLinkAsync_ConfiguredLifetime_ExpiresThen()
    {
        var options = Options.Create(new EditionOptions
        {
            DocumentsContainer = _storage.Options.Value.DocumentsContainer,
            LinkLifetime = TimeSpan.FromMinutes(2),
        });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var sut = Links(_storage.Blobs, options, time);

        var link = await sut.CreateReadLinkAsync("x.pdf", "x.pdf", CancellationToken.None);

        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(2), link.ExpiresAt);
    }

    [Fact]
    public async Task CreateReadLinkAsync_TamperedSignature_IsRefused()
    {
        await UploadAsync(_storage.Blobs, _storage.Options, "copies/b.pdf");
        var sut = Links(_storage.Blobs, _storage.Options, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var link = await sut.CreateReadLinkAsync("copies/b.pdf", "b.pdf", CancellationToken.None);

        using var http = new HttpClient();
        using var response = await http.GetAsync(Tamper(link.Url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateReadLinkAsync_Expired_IsRefused()
    {
        await UploadAsync(_storage.Blobs, _storage.Options, "copies/c.pdf");
        var sut = Links(_storage.Blobs, _storage.Options, new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)));
        var link = await sut.CreateReadLinkAsync("copies/c.pdf", "c.pdf", CancellationToken.None);

        using var http = new HttpClient();
        using var response = await http.GetAsync(link.Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateReadLinkAsync_Write_IsRefused()
    {
        await UploadAsync(_storage.Blobs, _storage.Options, "copies/d.pdf");
        var sut = Links(_storage.Blobs, _storage.Options, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var link = await sut.CreateReadLinkAsync("copies/d.pdf", "d.pdf", CancellationToken.None);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, link.Url);
        request.Content = new ByteArrayContent([1, 2, 3]);
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateReadLinkAsync_TokenCredential_SignsWithACachedUserDelegationKey()
    {
        var keyRequests = new CountingPolicy("comp=userdelegationkey");
        var blobs = oauthAzurite.TokenClient(keyRequests);
        var options = Options.Create(new EditionOptions { DocumentsContainer = AzuriteServer.UniqueName("documents") });
        await UploadAsync(blobs, options, "copies/e.pdf");
        var sut = Links(blobs, options, new FakeTimeProvider(DateTimeOffset.UtcNow));

        var first = await sut.CreateReadLinkAsync("copies/e.pdf", "e.pdf", CancellationToken.None);
        var second = await sut.CreateReadLinkAsync("copies/e.pdf", "e.pdf", CancellationToken.None);

        Assert.False(blobs.GetBlobContainerClient("x").GetBlobClient("y").CanGenerateSasUri);
        Assert.Contains("skoid=", first.Url.Query, StringComparison.Ordinal);
        Assert.Equal(1, keyRequests.Count);
        using var http = new HttpClient(oauthAzurite.Handler());
        using var response = await http.GetAsync(second.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment; filename=\"e.pdf\"", response.Content.Headers.ContentDisposition?.ToString());
        using var tampered = await http.GetAsync(Tamper(first.Url));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    [Fact]
    public async Task CreateReadLinkAsync_TokenCredentialExpiredLink_IsRefused()
    {
        var blobs = oauthAzurite.TokenClient();
        var options = Options.Create(new EditionOptions { DocumentsContainer = AzuriteServer.UniqueName("documents") });
        await UploadAsync(blobs, options, "copies/f.pdf");
        var sut = Links(blobs, options, new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)));

        var link = await sut.CreateReadLinkAsync("copies/f.pdf", "f.pdf", CancellationToken.None);

        using var http = new HttpClient(oauthAzurite.Handler());
        using var response = await http.GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static DocumentLinks Links(BlobServiceClient blobs, IOptions<EditionOptions> options, TimeProvider time) =>
        new(blobs, options, time, NullLogger<DocumentLinks>.Instance);

    private static async Task UploadAsync(BlobServiceClient blobs, IOptions<EditionOptions> options, string name)
    {
        var container = blobs.GetBlobContainerClient(options.Value.DocumentsContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(name).UploadAsync(new BinaryData(Content), true);
    }

    /// <summary>The same link with one character of its signature changed.</summary>
    private static Uri Tamper(Uri url)
    {
        var text = url.ToString();
        var at = text.IndexOf("sig=", StringComparison.Ordinal) + 4;
        var replaced = text[at] == 'A' ? 'B' : 'A';
        return new Uri(text[..at] + replaced + text[(at + 1)..]);
    }

    private sealed class CountingPolicy(string queryPart) : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => _count;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Uri.Query.Contains(queryPart, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
