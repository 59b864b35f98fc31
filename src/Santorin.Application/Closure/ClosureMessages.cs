namespace Santorin.Application.Closure;

/// <summary>The input of one closure run. Small: every list lives in storage.</summary>
public sealed record ClosureInput(
    string ExamId,
    string RunId,
    bool ResendAll,
    DateTimeOffset StartedAt,
    int MaxParallelBatches);

/// <summary>What the planning activity wrote to storage, in counts.</summary>
public sealed record PlannedRun(
    string Kind,
    int Batches,
    int Grades,
    int Absents,
    int WorkDoneChunks,
    int WorkDone);

/// <summary>One batch of grade lines to send, by its index in the run.</summary>
public sealed record BatchInput(string ExamId, string RunId, int Batch);

/// <summary>What one batch did at Cyclades. A call refused whole or that failed for good is in Failure.</summary>
public sealed record BatchOutcome(int Sent, int Accepted, int Rejected, ExportFailure? Failure);

/// <summary>One chunk of work-done declarations, by its index in the run.</summary>
public sealed record WorkDoneInput(string ExamId, string RunId, int Chunk, DateTimeOffset DeclaredAt);

/// <summary>Declarations Imag'In recorded, refused (an answer such as payment-closed), or never answered.</summary>
public sealed record WorkDoneOutcome(int Declared, int Refused, int Unanswered);

/// <summary>A failure of a whole call: its contract code and a message a manager reads.</summary>
public sealed record ExportFailure(string Code, string Message);

/// <summary>How the run ended, recorded by the last activity.</summary>
public sealed record RunCompletion(
    ClosureInput Input,
    string Status,
    ExportTotals Cyclades,
    ExportTotals Imagin);

/// <summary>Counts of one export; Status is pending, running, succeeded, partial, failed or skipped.</summary>
public sealed record ExportTotals(string Status, int Sent, int Accepted, int Rejected, ExportFailure? Failure);

/// <summary>The custom status of a running closure: the progress the dashboard polls.</summary>
public sealed record ClosureProgress(
    string RunId,
    int Batches,
    int BatchesDone,
    int Grades,
    int GradesSent,
    int Accepted,
    int Rejected);
