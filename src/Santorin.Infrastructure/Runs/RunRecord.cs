namespace Santorin.Infrastructure.Runs;

/// <summary>One closure run as the API shows it, kept apart from Durable history.</summary>
public sealed record RunRecord(
    string ExamId,
    string RunId,
    string Status,
    string? Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    bool ResendAll,
    RunProgress Progress,
    CycladesExport Cyclades,
    ImaginExport Imagin);

public sealed record RunProgress(int Batches, int BatchesDone, int Grades, int GradesSent);

public sealed record CycladesExport(string Status, int Sent, int Accepted, int Rejected);

public sealed record ImaginExport(string Status, int Declared, int Failed);

/// <summary>
/// A message a manager reads about one export: a rejected line, a refused declaration, or a
/// failed call. <c>Candidate</c> or <c>CorrectorId</c> where one line is concerned.
/// </summary>
public sealed record RunMessage(string? Candidate, string? CorrectorId, string Code, string Message);

public static class RunStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

public static class ExportStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Partial = "partial";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}

public enum RunExport
{
    Cyclades,
    Imagin,
}
