using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Documents;

/// <summary>What a corrected copy's PDF is made of, apart from its scans.</summary>
internal sealed record CorrectedCopy(
    string ExamId,
    string ExamName,
    string Session,
    decimal MaxGrade,
    Candidate Candidate,
    Copy Copy,
    ExamSettings Settings);

/// <summary>A corrected copy with its scanned pages' JPEG bytes, page 1 first.</summary>
internal sealed record CopyDocument(CorrectedCopy Copy, IReadOnlyList<ReadOnlyMemory<byte>> Scans);

/// <summary>What a renderer wrote: the PDF's page count and size.</summary>
internal sealed record RenderedCopy(int Pages, long Bytes);
