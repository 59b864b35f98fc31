using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Tests.Storage;

/// <summary>Compares exams field by field, lists element by element (records compare lists by reference).</summary>
internal static class ExamAssert
{
    public static void Equal(Exam expected, Exam? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Header(expected), Header(actual));
        Assert.Equal(expected.Correctors, actual.Correctors);
        Assert.Equal(expected.Candidates, actual.Candidates);
        Assert.Equal(expected.Lots.Count, actual.Lots.Count);
        foreach (var (lot, read) in expected.Lots.Zip(actual.Lots))
        {
            Assert.Equal((lot.Id, lot.CorrectorId, lot.Locked), (read.Id, read.CorrectorId, read.Locked));
            Assert.Equal(lot.Copies.Count, read.Copies.Count);
            foreach (var (copy, readCopy) in lot.Copies.Zip(read.Copies))
            {
                EqualCopies(copy, readCopy);
            }
        }
    }

    public static bool AreEqual(Exam expected, Exam actual)
    {
        try
        {
            Equal(expected, actual);
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    private static void EqualCopies(Copy expected, Copy actual)
    {
        Assert.Equal(
            (expected.Candidate, expected.Grade, expected.Comment, expected.Pages),
            (actual.Candidate, actual.Grade, actual.Comment, actual.Pages));
        Assert.Equal(expected.Annotations.Count, actual.Annotations.Count);
        foreach (var (annotation, read) in expected.Annotations.Zip(actual.Annotations))
        {
            if (annotation is StrokeAnnotation stroke)
            {
                var readStroke = Assert.IsType<StrokeAnnotation>(read);
                Assert.Equal(stroke.Page, readStroke.Page);
                Assert.Equal(stroke.Points, readStroke.Points);
            }
            else
            {
                Assert.Equal(annotation, read);
            }
        }
    }

    private static object Header(Exam exam) =>
        (exam.Id, exam.Name, exam.Session, exam.Kind, exam.Marking, exam.MaxGrade);
}
