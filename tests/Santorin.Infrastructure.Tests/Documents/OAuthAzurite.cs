using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>
/// A blob-only Azurite of its own, over HTTPS with a self-signed certificate and
/// <c>--oauth basic</c>: the only way Azurite serves user delegation keys. Its clients trust
/// that one certificate and present a made-up Entra-looking token, which Azurite does not verify.
/// </summary>
public sealed class OAuthAzurite : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly X509Certificate2 _certificate;
    private readonly Process _process;

    public OAuthAzurite()
    {
        _certificate = WriteCertificate(_folder);
        var port = AzuriteServer.FreePort();
        _process = Start(port);
        AzuriteServer.WaitUntilListening(_process, port);
        ServiceUri = new Uri($"https://127.0.0.1:{port}/{AzuriteServer.AccountName}");
    }

    public Uri ServiceUri { get; }

    /// <summary>An HTTP handler that trusts this Azurite's certificate and no other.</summary>
    public HttpMessageHandler Handler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.Thumbprint == _certificate.Thumbprint,
    };

    /// <summary>A client as a managed identity would have: a token credential, no account key.</summary>
    public BlobServiceClient TokenClient(HttpPipelinePolicy? policy = null)
    {
        var options = new BlobClientOptions { Transport = new HttpClientTransport(Handler()) };
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new BlobServiceClient(ServiceUri, new MadeUpEntraToken(), options);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _certificate.Dispose();
        _folder.Dispose();
    }

    private static X509Certificate2 WriteCertificate(TempFolder folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        File.WriteAllText(folder.File("cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(folder.File("key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    private Process Start(int port)
    {
        var script = Path.Combine(Path.GetDirectoryName(AzuriteServer.FindAzuriteScript())!, "blob", "main.js");
        return AzuriteServer.StartNode(
        [
            script, "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", $"{port}", "--oauth", "basic",
            "--cert", _folder.File("cert.pem"), "--key", _folder.File("key.pem"),
        ]);
    }

    /// <summary>
    /// A JWT shaped like an Entra ID token for Azure Storage, with a signature nobody can check:
    /// Azurite's basic OAuth reads its audience, issuer, lifetime and ids only.
    /// </summary>
    private sealed class MadeUpEntraToken : TokenCredential
    {
        private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        private const string Object = "2a5f7c6e-0b8d-4c3e-9f1a-6d2e8b7c4a10";

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            var claims = new Dictionary<string, object>
            {
                ["aud"] = "https://storage.azure.com",
                ["iss"] = $"https://sts.windows.net/{Tenant}/",
                ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
                ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
                ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
                ["oid"] = Object,
                ["tid"] = Tenant,
            };
            var signature = Base64Url("not-a-signature"u8.ToArray());
            var token = $"{Part(new { alg = "RS256", typ = "JWT" })}.{Part(claims)}.{signature}";
            return new AccessToken(token, now.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(
            TokenRequestContext requestContext,
            CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));

        private static string Part(object value) => Base64Url(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));

        private static string Base64Url(byte[] bytes) =>
            Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
