using System.Reflection;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// The shipped renderer and archive writer, registered by <c>AddDocuments</c> exactly as the
/// hosts register them. Santorin.Infrastructure shows its document types only to its tests and
/// the application, and this project may not change it; so they are reached by name here, in
/// this one place. A renamed type or member fails at start with its name, never silently.
/// Reflection costs microseconds per call, against milliseconds for a copy or an archive.
/// </summary>
internal sealed class ShippedDocuments : IDisposable
{
    private const string Namespace = "Santorin.Infrastructure.Documents.";

    private static readonly Assembly Infrastructure = typeof(DocumentsServiceCollectionExtensions).Assembly;
    private static readonly Type CorrectedCopyType = Internal("CorrectedCopy");
    private static readonly Type CopyDocumentType = Internal("CopyDocument");
    private static readonly Type ArchiveEntryType = Internal("ArchiveEntry");
    private static readonly Type RendererType = Internal("ICopyRenderer");
    private static readonly Type ArchiveWriterType = Internal("CopyArchiveWriter");

    private readonly ServiceProvider _services;
    private readonly object _renderer;
    private readonly object _archiveWriter;
    private readonly MethodInfo _render;
    private readonly MethodInfo _writeArchive;

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
        _renderer = _services.GetRequiredService(RendererType);
        _archiveWriter = _services.GetRequiredService(ArchiveWriterType);
        _render = Method(RendererType, "RenderAsync");
        _writeArchive = Method(ArchiveWriterType, "WriteAsync");
    }

    /// <summary>Renders one copy's PDF into <paramref name="output"/>.</summary>
    public async Task RenderAsync(
        Candidate candidate,
        Copy copy,
        IReadOnlyList<ReadOnlyMemory<byte>> scans,
        Stream output,
        CancellationToken cancellationToken)
    {
        var corrected = Activator.CreateInstance(
            CorrectedCopyType,
            "bench",
            "Philosophie — voie générale",
            "2026",
            20m,
            candidate,
            copy,
            new ExamSettings(true, true, true));
        var document = Activator.CreateInstance(CopyDocumentType, corrected, scans);
        await (Task)_render.Invoke(_renderer, [document, output, cancellationToken])!;
    }

    /// <summary>Zips the copies' PDFs (blobs of the documents container) into one blob; answers its size.</summary>
    public async Task<long> WriteArchiveAsync(
        string archiveBlobName,
        IReadOnlyList<(Candidate Candidate, Grade Grade, int Pages, string DocumentBlobName)> copies,
        CancellationToken cancellationToken)
    {
        var entries = Array.CreateInstance(ArchiveEntryType, copies.Count);
        for (var i = 0; i < copies.Count; i++)
        {
            var (candidate, grade, pages, blobName) = copies[i];
            entries.SetValue(
                Activator.CreateInstance(
                    ArchiveEntryType,
                    candidate.Number, candidate.LastName, candidate.FirstName, (Grade?)grade, pages, blobName),
                i);
        }

        var task = (Task)_writeArchive.Invoke(
            _archiveWriter,
            [archiveBlobName, "archive.zip", entries, null, cancellationToken])!;
        await task;
        var written = task.GetType().GetProperty("Result")!.GetValue(task)!;
        return (long)written.GetType().GetProperty("Bytes")!.GetValue(written)!;
    }

    public void Dispose() => _services.Dispose();

    private static Type Internal(string name) =>
        Infrastructure.GetType(Namespace + name, throwOnError: true)!;

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance)
        ?? throw new MissingMethodException(type.FullName, name);
}
