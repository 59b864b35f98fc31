using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// The table and blob clients of the storage account, built the way Azure Functions reads
/// <c>AzureWebJobsStorage</c>: a connection string, or (identity-based) service URIs or an
/// account name reached with <see cref="DefaultAzureCredential"/>.
/// </summary>
public sealed record StorageClients(TableServiceClient Tables, BlobServiceClient Blobs)
{
    public const string SettingName = "AzureWebJobsStorage";

    public static StorageClients FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new(new TableServiceClient(connectionString), new BlobServiceClient(connectionString));
    }

    public static StorageClients FromServiceUris(
        Uri tableServiceUri,
        Uri blobServiceUri,
        TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new(
            new TableServiceClient(tableServiceUri, credential),
            new BlobServiceClient(blobServiceUri, credential));
    }

    /// <summary>
    /// Reads <c>AzureWebJobsStorage</c> as a connection string, else
    /// <c>AzureWebJobsStorage:tableServiceUri</c> and <c>:blobServiceUri</c>, else
    /// <c>AzureWebJobsStorage:accountName</c> for the public cloud's endpoints.
    /// </summary>
    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString);
        }

        var section = configuration.GetSection(SettingName);
        var (tableUri, blobUri) = ServiceUris(section);
        return FromServiceUris(tableUri, blobUri, new DefaultAzureCredential());
    }

    private static (Uri Table, Uri Blob) ServiceUris(IConfigurationSection section)
    {
        var table = section["tableServiceUri"];
        var blob = section["blobServiceUri"];
        if (!string.IsNullOrWhiteSpace(table) && !string.IsNullOrWhiteSpace(blob))
        {
            return (new Uri(table), new Uri(blob));
        }

        var account = section["accountName"];
        if (!string.IsNullOrWhiteSpace(account))
        {
            return (
                new Uri($"https://{account}.table.core.windows.net"),
                new Uri($"https://{account}.blob.core.windows.net"));
        }

        throw new InvalidOperationException(
            $"Le stockage n'est pas configuré : renseigner {SettingName} (chaîne de connexion), " +
            $"ou {SettingName}__tableServiceUri et {SettingName}__blobServiceUri, " +
            $"ou {SettingName}__accountName.");
    }
}
