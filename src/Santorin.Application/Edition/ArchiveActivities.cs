using System.Globalization;
using Microsoft.Extensions.Logging;
using Santorin.Core.Edition;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;
using Santorin.Infrastructure.Storage;
using CoreCopy = Santorin.Core.Edition.CorrectedCopy;

namespace Santorin.Application.Edition;

/// <summary>
/// The archive's activities. Each may run more than once: a PDF of the same data is reused, the
/// rows are upserts keyed by archive, chunk and copy, and the zip is written over.
/// </summary>
public sealed class ArchiveActivities
{
    public const string RenderChunk = "RenderArchiveChunk";
    public const string WriteZip = "WriteArchiveZip";
    public const string Complete = "CompleteArchive";

    internal const string ExamReplacedCode = "exam-replaced";

    internal const string ExamReplacedMessage =
        "Les données de correction de l'épreuve ont changé depuis la demande d'archive : la demander à nouveau.";

    /// <summary>Copies written into the zip between two records of its size.</summary>
    private const int BytesReportEvery = 25;

    private readonly TableCorrectionStore _corrections;
    private readonly CandidateIndexCache _indexes;
    private readonly CopyPdfStore _pdfs;
    private readonly CopyArchiveWriter _writer;
    private readonly ArchiveStore _archives;
    private readonly TimeProvider _time;
    private readonly ILogger<ArchiveActivities> _logger;

    internal ArchiveActivities(
        TableCorrectionStore corrections,
        CandidateIndexCache indexes,
        CopyPdfStore pdfs,
        CopyArchiveWriter writer,
        ArchiveStore archives,
        TimeProvider time,
        ILogger<ArchiveActivities> logger)
    {
        _corrections = corrections;
        _indexes = indexes;
        _pdfs = pdfs;
        _writer = writer;
        _archives = archives;
        _time = time;
        _logger = logger;
    }

    /// <summary>Renders (or reuses) the PDFs of one chunk of the archive and records them.</summary>
    public Task<ArchiveChunkOutcome> RenderChunkAsync(ArchiveChunkInput input, CancellationToken cancellationToken) =>
        RunLoggedAsync(RenderChunk, input.ArchiveId, async () =>
        {
            var archive = await GetArchiveAsync(input.ExamId, input.ArchiveId, cancellationToken);
            var (exam, copies) = await CopiesAsync(archive, cancellationToken);
            if (exam is null)
            {
                Logs.ArchiveChunkRefused(_logger, input.ArchiveId, input.Chunk, ExamReplacedCode);
                return new ArchiveChunkOutcome(0, ExamReplacedCode, ExamReplacedMessage);
            }

            var first = input.Chunk * input.ChunkSize;
            var last = Math.Min(copies.Count, first + input.ChunkSize);
            var rendered = new List<ArchivedCopy>(last - first);
            for (var index = first; index < last; index++)
            {
                var copy = copies[index];
                var document = EditionCopies.ToDocument(exam, copy, archive.Settings);
                var result = await _pdfs.GetOrRenderAsync(document, cancellationToken);
                if (result is CopyPdfResult.ScansMissing missing)
                {
                    Logs.ArchiveChunkRefused(_logger, input.ArchiveId, input.Chunk, EditionRefusal.ScansMissingCode);
                    var refusal = EditionRefusal.ScansMissing(copy.Candidate.Number, missing.Page);
                    return new ArchiveChunkOutcome(0, refusal.Code, refusal.Detail);
                }

                rendered.Add(Archived(index, copy, (CopyPdfResult.Stored)result, archive.Settings));
            }

            await _archives.SaveChunkAsync(input.ExamId, input.ArchiveId, input.Chunk, rendered, cancellationToken);
            return new ArchiveChunkOutcome(rendered.Count, null, null);
        });

    /// <summary>Streams the zip of the rendered PDFs into the documents container; answers its size.</summary>
    public Task<long> WriteZipAsync(ArchiveRef input, CancellationToken cancellationToken) =>
        RunLoggedAsync(WriteZip, input.ArchiveId, async () =>
        {
            var archive = await GetArchiveAsync(input.ExamId, input.ArchiveId, cancellationToken);
            var copies = await _archives.ReadCopiesAsync(input.ExamId, input.ArchiveId, cancellationToken);
            if (copies.Count != archive.Entries)
            {
                throw new InvalidOperationException(
                    $"Archive {input.ArchiveId} has {copies.Count} rendered copies of {archive.Entries}.");
            }

            var entries = copies.Select(ToEntry).ToList();
            var written = await _writer.WriteAsync(
                archive.BlobName,
                archive.FileName,
                entries,
                (progress, token) => ReportBytesAsync(archive, progress, token),
                cancellationToken);
            return written.Bytes;
        });

    public Task<bool> CompleteAsync(ArchiveCompletion completion, CancellationToken cancellationToken) =>
        RunLoggedAsync(Complete, completion.ArchiveId, async () =>
        {
            var archive = await GetArchiveAsync(completion.ExamId, completion.ArchiveId, cancellationToken);
            var ended = archive with
            {
                Status = completion.Status,
                Bytes = completion.Bytes,
                Message = completion.Message,
                CompletedAt = _time.GetUtcNow(),
            };
            await _archives.SaveAsync(ended, cancellationToken);
            return true;
        });

    private async Task<ArchiveRecord> GetArchiveAsync(
        string examId,
        string archiveId,
        CancellationToken cancellationToken) =>
        await _archives.GetAsync(examId, archiveId, cancellationToken)
            ?? throw new InvalidOperationException($"Archive {archiveId} of exam {examId} was never recorded.");

    /// <summary>
    /// The archive's copies recomputed from the data version it was asked on, in its order; no exam
    /// when an import replaced that version since (its data is gone).
    /// </summary>
    private async Task<(Exam? Exam, IReadOnlyList<CoreCopy> Copies)> CopiesAsync(
        ArchiveRecord archive,
        CancellationToken cancellationToken)
    {
        var summary = await _corrections.GetSummaryAsync(archive.ExamId, cancellationToken);
        if (summary is null || summary.DataVersion != archive.DataVersion)
        {
            return (null, []);
        }

        var index = await _indexes.GetAsync(archive.ExamId, archive.DataVersion, cancellationToken);
        if (index is null || index.DataVersion != archive.DataVersion)
        {
            return (null, []);
        }

        var requester = new Requester(archive.RequesterIsManager, archive.RequesterCorrectorId);
        var decision = EditionPolicy.CheckArchive(requester, index.Index, archive.CorrectorId);
        if (!decision.IsAllowed || decision.Copies.Count != archive.Entries)
        {
            throw new InvalidOperationException(
                $"Archive {archive.ArchiveId} no longer gives its {archive.Entries} copies on its data version.");
        }

        return (index.Index.Exam, decision.Copies);
    }

    /// <summary>The manifest follows the exam's settings: no grade in it when the PDFs show none.</summary>
    private static ArchivedCopy Archived(
        int index,
        CoreCopy copy,
        CopyPdfResult.Stored stored,
        ExamSettings settings) =>
        new(
            index,
            copy.Candidate.Number,
            copy.Candidate.LastName,
            copy.Candidate.FirstName,
            settings.IncludeGrade ? copy.Grade.ToCycladesValue() : null,
            stored.Pages,
            stored.BlobName);

    private static ArchiveEntry ToEntry(ArchivedCopy copy)
    {
        // The text was written from a valid grade; the manifest only writes it back.
        Grade? grade = copy.Grade is { } value
            ? Grade.Create(decimal.Parse(value, CultureInfo.InvariantCulture), decimal.MaxValue)
            : null;
        return new ArchiveEntry(copy.Number, copy.LastName, copy.FirstName, grade, copy.Pages, copy.DocumentBlobName);
    }

    private async ValueTask ReportBytesAsync(
        ArchiveRecord archive,
        ArchiveProgress progress,
        CancellationToken cancellationToken)
    {
        if (progress.EntriesDone % BytesReportEvery == 0 && progress.EntriesDone < progress.Entries)
        {
            await _archives.SaveAsync(archive with { Bytes = progress.Bytes }, cancellationToken);
        }
    }

    private Task<T> RunLoggedAsync<T>(string activity, string archiveId, Func<Task<T>> run) =>
        ActivityLog.RunAsync(_logger, "archive", activity, archiveId, run);
}
