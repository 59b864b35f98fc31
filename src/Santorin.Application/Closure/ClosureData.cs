using Santorin.Core.Closure;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Closure;

/// <summary>What a plan is made from: the exam's correction data and its ledger, read side by side.</summary>
public static class ClosureData
{
    /// <summary>The exam (null when it has no correction data) and what was transmitted and declared for it.</summary>
    public static async Task<(Exam? Exam, LedgerSnapshot Ledger)> ReadAsync(
        TableCorrectionStore corrections,
        TableLedger ledger,
        string examId,
        CancellationToken cancellationToken)
    {
        var exam = corrections.ReadExamAsync(examId, cancellationToken);
        var transmitted = ledger.ReadAsync(examId, cancellationToken);
        await Task.WhenAll(exam, transmitted);
        return (await exam, await transmitted);
    }
}
