using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Application.Exams;
using Santorin.Application.Http;
using Santorin.Core.Edition;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;
using Santorin.Infrastructure.Storage;
using CoreCopy = Santorin.Core.Edition.CorrectedCopy;

namespace Santorin.Application.Edition;

/// <summary>
/// The copy edition routes: search candidates, render a copy's PDF, and build and follow an
/// archive of corrected copies. Every refusal comes before anything is written.
/// </summary>
/// <remarks>
/// An archive is shown to whoever may see every copy it holds: a manager on a competitive exam, or
/// the corrector who asked for it. Anyone else gets <c>404 archive-not-found</c>, the answer for an
/// archive that does not exist, so that a corrector cannot learn what others archived.
/// </remarks>
public sealed class EditionHandlers
{
    public const int DefaultLimit = 50;

    private readonly ExamHandlers _exams;
    private readonly TableCorrectionStore _corrections;
    private readonly CandidateIndexCache _indexes;
    private readonly CopyPdfStore _pdfs;
    private readonly ScanStore _scans;
    private readonly DocumentLinks _links;
    private readonly ArchiveStore _archives;
    private readonly ArchiveOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EditionHandlers> _logger;

    internal EditionHandlers(
        ExamHandlers exams,
        TableCorrectionStore corrections,
        CandidateIndexCache indexes,
        CopyPdfStore pdfs,
        ScanStore scans,
        DocumentLinks links,
        ArchiveStore archives,
        IOptions<ArchiveOptions> options,
        TimeProvider time,
        ILogger<EditionHandlers> logger)
    {
        _exams = exams;
        _corrections = corrections;
        _indexes = indexes;
        _pdfs = pdfs;
        _scans = scans;
        _links = links;
        _archives = archives;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public static string InstanceId(string examId, string archiveId) => $"archive-{examId}-{archiveId}";

    public Task<IResult> SearchAsync(HttpRequest request, string examId, CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var (q, limit) = ReadSearchQuery(request);
            var summary = await _exams.FindAsync(examId, cancellationToken);
            var requester = EditionCopies.RequesterOf(principal);

            var index = await IndexAsync(summary, cancellationToken);
            var result = CandidateSearch.Search(index.Index, requester, q, limit);
            if (!result.IsFound)
            {
                throw EditionCopies.ToProblem(result.Refusal);
            }

            return Results.Json(new SearchBody(result.Items, result.Total), ApiJson.Options);
        });

    public Task<IResult> RenderPdfAsync(
        HttpRequest request,
        string examId,
        string number,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var summary = await _exams.FindAsync(examId, cancellationToken);
            var requester = EditionCopies.RequesterOf(principal);

            var index = await IndexAsync(summary, cancellationToken);
            var decision = EditionPolicy.CheckCopy(requester, index.Index, number);
            if (!decision.IsAllowed)
            {
                throw EditionCopies.ToProblem(decision.Refusal);
            }

            var settings = await _corrections.GetSettingsAsync(examId, cancellationToken);
            var document = EditionCopies.ToDocument(index.Index.Exam, decision.Copy, settings);
            var result = await _pdfs.GetOrRenderAsync(document, cancellationToken);
            if (result is CopyPdfResult.ScansMissing missing)
            {
                throw EditionCopies.ToProblem(EditionRefusal.ScansMissing(number, missing.Page));
            }

            var stored = (CopyPdfResult.Stored)result;
            var link = await _links.CreateReadLinkAsync(stored.BlobName, stored.FileName, cancellationToken);
            Logs.CopyPdfServed(_logger, examId, stored.Pages, stored.Bytes, stored.Reused);
            return Results.Json(
                new PdfBody(link.Url.ToString(), link.ExpiresAt, stored.Bytes, stored.Pages),
                ApiJson.Options);
        });

    public Task<IResult> StartArchiveAsync(
        HttpRequest request,
        string examId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var body = await ApiBody.ReadAsync<ArchiveRequestBody>(request, cancellationToken);
            var summary = await _exams.FindAsync(examId, cancellationToken);
            var requester = EditionCopies.RequesterOf(principal);

            var index = await IndexAsync(summary, cancellationToken);
            var correctorId = string.IsNullOrWhiteSpace(body?.CorrectorId) ? null : body.CorrectorId;
            var decision = EditionPolicy.CheckArchive(requester, index.Index, correctorId);
            if (!decision.IsAllowed)
            {
                throw EditionCopies.ToProblem(decision.Refusal);
            }

            await CheckScansAsync(examId, decision.Copies, cancellationToken);

            var settings = await _corrections.GetSettingsAsync(examId, cancellationToken);
            var archive = NewArchive(index, requester, correctorId, settings, decision.Copies.Count);
            await _archives.AddAsync(archive, cancellationToken);
            await ScheduleAsync(durable, archive, cancellationToken);

            var statusUrl = $"/api/exams/{examId}/archives/{archive.ArchiveId}";
            var accepted = Results.Json(
                new ArchiveStartedBody(archive.ArchiveId, statusUrl),
                ApiJson.Options,
                statusCode: StatusCodes.Status202Accepted);
            return new LocatedResult(accepted, statusUrl);
        });

    public Task<IResult> GetArchiveAsync(
        HttpRequest request,
        string examId,
        string archiveId,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var summary = await _exams.FindAsync(examId, cancellationToken);
            var requester = EditionCopies.RequesterOf(principal);

            var archive = ArchiveStore.IsArchiveId(archiveId)
                ? await _archives.GetAsync(examId, archiveId, cancellationToken)
                : null;
            if (archive is null || !MaySee(requester, summary, archive))
            {
                throw new ApiProblem(
                    StatusCodes.Status404NotFound,
                    "archive-not-found",
                    $"Aucune archive {archiveId} n'existe pour l'épreuve {examId}.");
            }

            return Results.Json(await ArchiveBodyAsync(archive, cancellationToken), ApiJson.Options);
        });

    private static (string Query, int Limit) ReadSearchQuery(HttpRequest request)
    {
        var q = request.Query["q"].FirstOrDefault() ?? "";
        if (new StringInfo(q.Trim()).LengthInTextElements < CandidateSearch.MinQueryLength)
        {
            throw EditionCopies.ToProblem(EditionRefusal.QueryTooShort);
        }

        if (!request.Query.TryGetValue("limit", out var raw))
        {
            return (q, DefaultLimit);
        }

        var valid = int.TryParse(raw.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit);
        if (!valid || limit is < 1 or > CandidateSearch.MaxLimit)
        {
            throw EditionCopies.ToProblem(EditionRefusal.LimitInvalid);
        }

        return (q, limit);
    }

    private async Task<ExamIndex> IndexAsync(ExamSummary summary, CancellationToken cancellationToken) =>
        await _indexes.GetAsync(summary.ExamId, summary.DataVersion, cancellationToken)
            ?? throw ApiProblem.ExamNotFound(summary.ExamId);

    /// <summary>
    /// Lists the scans of every copy, a window of copies at a time, and refuses with the first copy
    /// in the archive's order that misses one. One listing call per copy: about a second per
    /// thousand copies, so a whole-exam archive of 100,000 copies waits more than a minute here.
    /// </summary>
    private async Task CheckScansAsync(
        string examId,
        IReadOnlyList<CoreCopy> copies,
        CancellationToken cancellationToken)
    {
        var window = _options.ParallelScanChecks;
        for (var start = 0; start < copies.Count; start += window)
        {
            var count = Math.Min(window, copies.Count - start);
            var inventories = await Task.WhenAll(Enumerable.Range(start, count).Select(i =>
                _scans.InspectAsync(examId, copies[i].Candidate.Number, copies[i].Copy.Pages, cancellationToken)));
            for (var i = 0; i < count; i++)
            {
                if (inventories[i] is ScanInventory.Missing missing)
                {
                    var number = copies[start + i].Candidate.Number;
                    throw EditionCopies.ToProblem(EditionRefusal.ScansMissing(number, missing.Page));
                }
            }
        }
    }

    private ArchiveRecord NewArchive(
        ExamIndex index,
        Requester requester,
        string? correctorId,
        ExamSettings settings,
        int entries)
    {
        var exam = index.Index.Exam;
        var now = _time.GetUtcNow();
        var archiveId = $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        var scope = correctorId
            ?? (EditionCopies.HasManagerRights(requester, exam.Kind) ? null : requester.CorrectorId);
        var fileName = scope is null
            ? $"copies-{exam.Id}.zip"
            : $"copies-{exam.Id}-{ArchiveEntryNames.Clean(scope)}.zip";
        return new ArchiveRecord(
            exam.Id,
            archiveId,
            index.DataVersion,
            requester.IsManager,
            requester.CorrectorId,
            correctorId,
            settings,
            ArchiveStatuses.Running,
            entries,
            0,
            $"archives/{exam.Id}/{archiveId}.zip",
            fileName,
            null,
            now,
            null);
    }

    private async Task ScheduleAsync(
        DurableTaskClient durable,
        ArchiveRecord archive,
        CancellationToken cancellationToken)
    {
        var spread = (archive.Entries + _options.MaxArchiveChunks - 1) / _options.MaxArchiveChunks;
        var chunkSize = Math.Max(_options.ArchiveChunkSize, spread);
        var input = new ArchiveInput(
            archive.ExamId,
            archive.ArchiveId,
            archive.Entries,
            chunkSize,
            _options.MaxParallelChunks);
        var start = new StartOrchestrationOptions(InstanceId(archive.ExamId, archive.ArchiveId));
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                ArchiveOrchestration.Name,
                input,
                start,
                cancellationToken);
        }
        catch (Exception)
        {
            var failed = archive with
            {
                Status = ArchiveStatuses.Failed,
                Message = "La préparation de l'archive n'a pas pu être lancée : la demander à nouveau.",
                CompletedAt = _time.GetUtcNow(),
            };
            await _archives.SaveAsync(failed, CancellationToken.None);
            throw;
        }

        Logs.ArchiveStarted(_logger, archive.ExamId, archive.ArchiveId, archive.Entries, input.Chunks);
    }

    private static bool MaySee(Requester requester, ExamSummary summary, ArchiveRecord archive) =>
        EditionCopies.HasManagerRights(requester, summary.Kind)
        || (requester.CorrectorId is { } own && own == archive.RequesterCorrectorId);

    /// <summary>A completed archive's link is signed anew at each call: signing is local and cheap.</summary>
    private async Task<ArchiveBody> ArchiveBodyAsync(ArchiveRecord archive, CancellationToken cancellationToken)
    {
        if (archive.Status != ArchiveStatuses.Completed)
        {
            var done = await _archives.CountDoneAsync(archive.ExamId, archive.ArchiveId, cancellationToken);
            return new ArchiveBody(
                archive.ArchiveId, archive.Status, archive.Entries, done, archive.Bytes, null, null, archive.Message);
        }

        var link = await _links.CreateReadLinkAsync(archive.BlobName, archive.FileName, cancellationToken);
        return new ArchiveBody(
            archive.ArchiveId,
            archive.Status,
            archive.Entries,
            archive.Entries,
            archive.Bytes,
            link.Url.ToString(),
            link.ExpiresAt,
            archive.Message);
    }

    private sealed record SearchBody(IReadOnlyList<CandidateMatch> Items, int Total);

    private sealed record PdfBody(string Url, DateTimeOffset ExpiresAt, long Bytes, int Pages);

    private sealed record ArchiveRequestBody(string? CorrectorId);

    private sealed record ArchiveStartedBody(string ArchiveId, string StatusUrl);

    private sealed record ArchiveBody(
        string ArchiveId,
        string Status,
        int Entries,
        int EntriesDone,
        long Bytes,
        string? Url,
        DateTimeOffset? ExpiresAt,
        string? Message);
}
