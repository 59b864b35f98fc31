using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;

namespace Santorin.Infrastructure.Tests.Documents;

internal static class Samples
{
    public static readonly Candidate Candidate = new("02612345678", "N'Diaye", "Élodie", false);

    public static readonly StrokeAnnotation Stroke = new(2, [new(0.10, 0.50), new(0.42, 0.52)]);

    public static readonly MarkAnnotation Check = new(3, 0.80, 0.15, MarkSymbol.Check);

    public static CorrectedCopy Copy(int pages = 4, ExamSettings? settings = null, decimal grade = 14.5m) =>
        new(
            "EXAM-2025-FR",
            "Épreuve anticipée de français",
            "2025",
            20m,
            Candidate,
            new Copy(
                Candidate.Number,
                Grade.Create(grade, 20m),
                "Argumentation solide, quelques maladresses d'expression à corriger.",
                pages,
                [
                    new TextAnnotation(1, 0.12, 0.30, "Très bien vu, développez"),
                    Stroke,
                    Check,
                    new MarkAnnotation(1, 0.70, 0.60, MarkSymbol.Cross),
                    new MarkAnnotation(4, 0.50, 0.50, MarkSymbol.Question),
                ]),
            settings ?? ExamSettings.Default);

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 7, 4, 10, 0, 0, TimeSpan.Zero));

    public static PdfSharpCopyRenderer Renderer() => new(Clock(), NullLogger<PdfSharpCopyRenderer>.Instance);
}
