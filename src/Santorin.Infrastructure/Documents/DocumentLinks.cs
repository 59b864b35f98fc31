using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Santorin.Infrastructure.Documents;

/// <summary>A read-only link to one document, and when it stops working.</summary>
internal sealed record DocumentLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Signs read-only SAS links to one blob of the documents container, lasting
/// <see cref="EditionOptions.LinkLifetime"/>, that download under a given file name. A client
/// holding the account key signs with it; a client built from a token credential (a managed
/// identity in Azure) signs with a user delegation key, kept until shortly before it expires.
/// </summary>
/// <remarks>
/// Azurite 3.37 serves user delegation keys only when started with <c>--oauth basic</c>, which
/// it accepts only over HTTPS (Azure.Core refuses to send a bearer token over HTTP anyway). It then
/// takes any bearer token whose audience, issuer and lifetime look like Entra ID's without checking
/// its signature, derives the key from the token's object and tenant ids and a fixed seed, and
/// checks the SAS signed with it. So the tests prove this path end to end with a made-up token,
/// not with a real Entra token, which cannot be had here; the shared HTTP Azurite cannot serve it.
/// </remarks>
internal sealed class DocumentLinks(
    BlobServiceClient blobs,
    IOptions<EditionOptions> options,
    TimeProvider time,
    ILogger<DocumentLinks> logger)
{
    /// <summary>How long a user delegation key is asked for: Azure allows 7 days, a link lasts a day at most.</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(2);

    /// <summary>A cached key is replaced once less than this (beyond a link's lifetime) is left.</summary>
    private static readonly TimeSpan KeyMargin = TimeSpan.FromMinutes(5);

    /// <summary>Azure checks a key's start against its own clock; a little back-dating absorbs skew.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _keyGate = new(1, 1);
    private UserDelegationKey? _key;

    public async Task<DocumentLink> CreateReadLinkAsync(
        string blobName,
        string fileName,
        CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobContainerClient(options.Value.DocumentsContainer).GetBlobClient(blobName);
        var expiresAt = time.GetUtcNow() + options.Value.LinkLifetime;
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresAt)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            ContentDisposition = DocumentsContainer.Attachment(fileName),
        };

        if (blob.CanGenerateSasUri)
        {
            return new DocumentLink(blob.GenerateSasUri(sas), expiresAt);
        }

        var key = await GetUserDelegationKeyAsync(expiresAt, cancellationToken);
        var uri = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, blobs.AccountName) };
        return new DocumentLink(uri.ToUri(), expiresAt);
    }

    private async Task<UserDelegationKey> GetUserDelegationKeyAsync(
        DateTimeOffset linkExpiresAt,
        CancellationToken cancellationToken)
    {
        if (_key is { } cached && cached.SignedExpiresOn - KeyMargin >= linkExpiresAt)
        {
            return cached;
        }

        await _keyGate.WaitAsync(cancellationToken);
        try
        {
            if (_key is { } fresh && fresh.SignedExpiresOn - KeyMargin >= linkExpiresAt)
            {
                return fresh;
            }

            var now = time.GetUtcNow();
            var expiresOn = now + KeyLifetime;
            var response = await blobs.GetUserDelegationKeyAsync(now - ClockSkew, expiresOn, cancellationToken);
            _key = response.Value;
            Logs.UserDelegationKeyObtained(logger, _key.SignedExpiresOn);
            return _key;
        }
        finally
        {
            _keyGate.Release();
        }
    }
}
