using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// The shipped renderer and archive writer, registered by <c>AddDocuments</c> exactly as the
/// hosts register them.
/// </summary>
internal sealed class ShippedDocuments : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly ICopyRenderer _renderer;
    private readonly CopyArchiveWriter _archiveWriter;

    public ShippedDocuments(BlobServiceClient blobs, string documentsContainer)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Edition:DocumentsContainer"] = documentsContainer,
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(blobs)
            .AddDocuments(configuration)
            .BuildServiceProvider(validateScopes: true);
        _renderer = _services.GetRequiredService<ICopyRenderer>();
        _archiveWriter = _services.GetRequiredService<CopyArchiveWriter>();
    }

    /// <summary>Renders one copy's PDF into <paramref name="output"/>.</summary>
    public async Task RenderAsync(
        Candidate candidate,
        Copy copy,
        IReadOnlyList<ReadOnlyMemory<byte>> scans,
        Stream output,
        CancellationToken cancellationToken)
    {
        var corrected = new CorrectedCopy(
            "bench",
            "Philosophie — voie générale",
            "2026",
            20m,
            candidate,
            copy,
            ExamSettings.Default);
        await _renderer.RenderAsync(new CopyDocument(corrected, scans), output, cancellationToken);
    }

    /// <summary>Zips the copies' PDFs (blobs of the documents container) into one blob; answers its size.</summary>
    public async Task<long> WriteArchiveAsync(
        string archiveBlobName,
        IReadOnlyList<(Candidate Candidate, Grade Grade, int Pages, string DocumentBlobName)> copies,
        CancellationToken cancellationToken)
    {
        var entries = copies
            .Select(copy => new ArchiveEntry(
                copy.Candidate.Number,
                copy.Candidate.LastName,
                copy.Candidate.FirstName,
                copy.Grade,
                copy.Pages,
                copy.DocumentBlobName))
            .ToList();
        var written = await _archiveWriter.WriteAsync(archiveBlobName, "archive.zip", entries, null, cancellationToken);
        return written.Bytes;
    }

    public void Dispose() => _services.Dispose();
}
