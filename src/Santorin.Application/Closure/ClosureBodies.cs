using System.Text.Json.Serialization;
using Santorin.Core.Closure;
using Santorin.Infrastructure.Runs;

namespace Santorin.Application.Closure;

/// <summary>The closure tile's indicators, as <c>GET .../closure</c> answers them.</summary>
public sealed record IndicatorsBody(
    string ExamId,
    string State,
    bool? Published,
    int Candidates,
    int PresentCandidates,
    int AbsentCandidates,
    int Correctors,
    decimal? AverageGrade,
    int LockedLots,
    int Lots,
    int GradesTransmitted,
    int GradesPending,
    string? Running,
    LastRunBody? LastRun)
{
    public static IndicatorsBody From(
        string examId,
        ClosureIndicators indicators,
        bool? published,
        string? running,
        RunRecord? lastRun) =>
        new(
            examId,
            indicators.State.ToString().ToLowerInvariant(),
            published,
            indicators.Candidates,
            indicators.PresentCandidates,
            indicators.AbsentCandidates,
            indicators.Correctors,
            indicators.AverageGrade,
            indicators.LockedLots,
            indicators.Lots,
            indicators.GradesTransmitted,
            indicators.GradesPending,
            running,
            lastRun is null ? null : new LastRunBody(lastRun.RunId, lastRun.Status, lastRun.Kind, lastRun.CompletedAt));
}

public sealed record LastRunBody(string RunId, string Status, string? Kind, DateTimeOffset? CompletedAt);

/// <summary>A run as <c>GET .../closure/runs/{runId}</c> answers it; the list leaves messages out.</summary>
public sealed record RunBody(
    string RunId,
    string ExamId,
    string Status,
    string? Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    bool ResendAll,
    RunProgress Progress,
    CycladesBody Cyclades,
    ImaginBody Imagin)
{
    public static RunBody From(
        RunRecord run,
        IReadOnlyList<RunMessage>? cycladesMessages,
        IReadOnlyList<RunMessage>? imaginMessages) =>
        new(
            run.RunId,
            run.ExamId,
            run.Status,
            run.Kind,
            run.StartedAt,
            run.CompletedAt,
            run.ResendAll,
            run.Progress,
            new CycladesBody(
                run.Cyclades.Status,
                run.Cyclades.Sent,
                run.Cyclades.Accepted,
                run.Cyclades.Rejected,
                cycladesMessages?.Select(MessageBody.From).ToList()),
            new ImaginBody(
                run.Imagin.Status,
                run.Imagin.Declared,
                run.Imagin.Failed,
                imaginMessages?.Select(MessageBody.From).ToList()));
}

public sealed record CycladesBody(
    string Status,
    int Sent,
    int Accepted,
    int Rejected,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MessageBody>? Messages);

public sealed record ImaginBody(
    string Status,
    int Declared,
    int Failed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MessageBody>? Messages);

public sealed record MessageBody(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Candidate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CorrectorId,
    string Code,
    string Message)
{
    public static MessageBody From(RunMessage message) =>
        new(message.Candidate, message.CorrectorId, message.Code, message.Message);
}
