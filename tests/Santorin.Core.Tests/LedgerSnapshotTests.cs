using Santorin.Core.Closure;
using Santorin.Core.Exams;
using static Santorin.Core.Tests.TestExams;

namespace Santorin.Core.Tests;

public sealed class LedgerSnapshotTests
{
    [Fact]
    public void With_AcceptedLines_ReplacesAndAddsValues()
    {
        var sut = Ledger(("A", "10.00"), ("B", "ABS"));

        var next = sut.With([new GradeLine("A", Value("12.00")), new GradeLine("C", TransmittedValue.Absent)]);

        Assert.Equal("12.00", next.TransmittedFor("A")?.Text);
        Assert.Equal("ABS", next.TransmittedFor("B")?.Text);
        Assert.Equal("ABS", next.TransmittedFor("C")?.Text);
    }

    [Fact]
    public void With_AcceptedLines_LeavesTheOriginalUnchanged()
    {
        var sut = Ledger(("A", "10.00"));

        _ = sut.With([new GradeLine("A", Value("12.00"))]);

        Assert.Equal("10.00", sut.TransmittedFor("A")?.Text);
        Assert.Single(sut.Transmitted);
    }

    [Fact]
    public void With_RecordedWorkDone_ReplacesDeclarations()
    {
        var sut = Ledger([], [("C1", 3)]);

        var next = sut.With([new WorkDone("C1", 5), new WorkDone("C2", 0)]);

        Assert.Equal(5, next.DeclaredFor("C1"));
        Assert.Equal(0, next.DeclaredFor("C2"));
        Assert.Equal(2, next.Declared.Count);
        Assert.Equal(3, sut.DeclaredFor("C1"));
    }

    [Fact]
    public void DeclaredFor_NeverDeclared_IsZero()
    {
        var sut = LedgerSnapshot.Empty;

        var declared = sut.DeclaredFor("C1");

        Assert.Equal(0, declared);
        Assert.Null(sut.TransmittedFor("A"));
    }
}
