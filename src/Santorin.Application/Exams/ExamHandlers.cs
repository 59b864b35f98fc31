using Microsoft.AspNetCore.Http;
using Santorin.Application.Http;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Exams;

/// <summary>The correction data routes: import an exam, read its summary, set its edition settings.</summary>
public sealed class ExamHandlers(TableCorrectionStore corrections)
{
    public Task<IResult> PutExamAsync(HttpRequest request, string examId, CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var body = await ApiBody.ReadAsync<ExamImport>(request, cancellationToken);
            var result = ExamImportValidator.Validate(examId, body);
            if (!result.IsValid)
            {
                throw new ApiProblem(
                    StatusCodes.Status400BadRequest,
                    "exam-invalid",
                    $"Les données de correction contiennent {result.Errors.Count} erreur(s) : " +
                    "rien n'a été enregistré.",
                    result.Errors);
            }

            ApiHandler.RequireManager(principal);
            var summary = await corrections.ImportAsync(result.Exam!, cancellationToken);
            var settings = await corrections.GetSettingsAsync(examId, cancellationToken);
            return Results.Json(ExamSummaryBody.From(summary, settings), ApiJson.Options);
        });

    public Task<IResult> GetExamAsync(HttpRequest request, string examId, CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var summary = await FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);
            var settings = await corrections.GetSettingsAsync(examId, cancellationToken);
            return Results.Json(ExamSummaryBody.From(summary, settings), ApiJson.Options);
        });

    public Task<IResult> PutSettingsAsync(HttpRequest request, string examId, CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var body = await ApiBody.ReadAsync<ExamSettingsImport>(request, cancellationToken);
            var settings = ExamSettingsValidator.Validate(body);
            await FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            await corrections.SaveSettingsAsync(examId, settings, cancellationToken);
            return Results.Json(SettingsBody.From(settings), ApiJson.Options);
        });

    /// <summary>The exam's summary, or the 404 every route of an unknown exam answers.</summary>
    public async Task<ExamSummary> FindAsync(string examId, CancellationToken cancellationToken) =>
        await corrections.GetSummaryAsync(examId, cancellationToken) ?? throw ApiProblem.ExamNotFound(examId);
}

public sealed record ExamSummaryBody(
    string ExamId,
    string Name,
    string Session,
    string Kind,
    string Marking,
    decimal MaxGrade,
    int Candidates,
    int Correctors,
    int Lots,
    int LockedLots,
    SettingsBody Settings)
{
    public static ExamSummaryBody From(ExamSummary summary, ExamSettings settings) =>
        new(
            summary.ExamId,
            summary.Name,
            summary.Session,
            summary.Kind == ExamKind.Competitive ? "competitive" : "exam",
            summary.Marking == Core.Exams.Marking.Harmonised ? "harmonised" : "standard",
            summary.MaxGrade,
            summary.Candidates,
            summary.Correctors,
            summary.Lots,
            summary.LockedLots,
            SettingsBody.From(settings));
}

public sealed record SettingsBody(bool IncludeAnnotations, bool IncludeGrade, bool IncludeComment)
{
    public static SettingsBody From(ExamSettings settings) =>
        new(settings.IncludeAnnotations, settings.IncludeGrade, settings.IncludeComment);
}
