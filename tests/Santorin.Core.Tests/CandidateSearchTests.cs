using Santorin.Core.Edition;
using Santorin.Core.Exams;
using static Santorin.Core.Tests.TestExams;

namespace Santorin.Core.Tests;

public sealed class CandidateSearchTests
{
    private static Exam Sample() =>
        Exam(
            [
                Present("02612345678", "Dupont", "Élise"),
                Present("02612345679", "Nguyễn", "Tâm"),
                Absent("02699999999"),
                Present("02611111111", "Lefèvre", "Noé"),
                Present("02622222222", "Martin", "Claire"),
            ],
            [
                Locked("L1", "C1", Graded("02612345678", 14.5m)),
                Open("L2", "C1", Graded("02612345679", 9)),
                Locked("L3", "C2", Ungraded("02611111111")),
            ]);

    [Theory]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Élise", "elise")]
    [InlineData("LEFÈVRE", "lefevre")]
    [InlineData("Çà et là", "ca et la")]
    [InlineData("Œuvre Lætitia Straße Øre Đặng Łukasz", "oeuvre laetitia strasse ore dang lukasz")]
    [InlineData("N'Diaye", "n'diaye")]
    public void Normalize_Text_HasNoAccentAndNoCase(string text, string expected)
    {
        var sut = SearchText.Normalize(text);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void Normalize_DecomposedInput_IsFoldedLikeComposed()
    {
        var sut = SearchText.Normalize("E\u0301lise");

        Assert.Equal("elise", sut);
    }

    [Theory]
    [InlineData("nguyen", "02612345679")]
    [InlineData("TÂM", "02612345679")]
    [InlineData("elise", "02612345678")]
    [InlineData("  efe ", "02611111111")]
    [InlineData("1111", "02611111111")]
    public void Search_Manager_FindsByLastNameFirstNameOrNumberIgnoringCaseAndAccents(string q, string number)
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, q, 50);

        Assert.True(sut.IsFound);
        Assert.Equal([number], sut.Items.Select(i => i.Number));
        Assert.Equal(1, sut.Total);
    }

    [Fact]
    public void Search_Manager_FindsAbsentsToo()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "0269", 50);

        var item = Assert.Single(sut.Items!);
        Assert.Equal(new CandidateMatch("02699999999", "Moreau", "Inès", true, null, null, null, false), item);
    }

    [Fact]
    public void Search_Corrector_FindsOnlyCandidatesOfOwnLots()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Corrector("C1"), "026", 50);

        Assert.Equal(["02612345678", "02612345679"], sut.Items?.Select(i => i.Number));
        Assert.Equal(2, sut.Total);
    }

    [Fact]
    public void Search_CorrectorWithoutLot_FindsNothing()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Corrector("C9"), "026", 50);

        Assert.Empty(sut.Items!);
        Assert.Equal(0, sut.Total);
    }

    [Fact]
    public void Search_BothRoles_FindsEveryCandidate()
    {
        var sut = CandidateSearch.Search(Sample(), new Requester(true, "C1"), "026", 50);

        Assert.Equal(5, sut.Total);
    }

    [Fact]
    public void Search_Items_SayLotCorrectorGradeAndWhetherCorrected()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "026", 200);

        Assert.Equal(
            [
                new CandidateMatch("02612345678", "Dupont", "Élise", false, "L1", "C1", 14.5m, true),
                new CandidateMatch("02612345679", "Nguyễn", "Tâm", false, "L2", "C1", 9m, false),
                new CandidateMatch("02699999999", "Moreau", "Inès", true, null, null, null, false),
                new CandidateMatch("02611111111", "Lefèvre", "Noé", false, "L3", "C2", null, false),
                new CandidateMatch("02622222222", "Martin", "Claire", false, null, null, null, false),
            ],
            sut.Items);
    }

    [Fact]
    public void Search_MoreMatchesThanLimit_ReturnsTheFirstAndCountsThemAll()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "026", 2);

        Assert.Equal(["02612345678", "02612345679"], sut.Items?.Select(i => i.Number));
        Assert.Equal(5, sut.Total);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" é ")]
    [InlineData("E\u0301")]
    public void Search_QueryShorterThanTwoCharacters_IsRefused(string? q)
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, q, 0);

        Assert.False(sut.IsFound);
        Assert.Equal("query-too-short", sut.Refusal.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    public void Search_LimitOutsideOneTo200_IsRefused(int limit)
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "dupont", limit);

        Assert.Equal("limit-invalid", sut.Refusal?.Code);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Search_LimitAtTheBounds_IsAccepted(int limit)
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "dupont", limit);

        Assert.True(sut.IsFound);
    }

    [Fact]
    public void Search_NoMatch_IsEmpty()
    {
        var sut = CandidateSearch.Search(Sample(), Requester.Manager, "zz", 50);

        Assert.Empty(sut.Items!);
        Assert.Equal(0, sut.Total);
    }

    [Fact]
    public void Index_PreparedOnce_AnswersSearchesAndChecks()
    {
        var sut = new CandidateIndex(Sample());

        var search = CandidateSearch.Search(sut, Requester.Corrector("C1"), "elise", 10);
        var check = EditionPolicy.CheckCopy(Requester.Corrector("C1"), sut, "02612345678");

        Assert.Equal(1, search.Total);
        Assert.True(check.IsAllowed);
        Assert.Equal("elise", sut.Find("02612345678")?.FirstNameKey);
        Assert.Null(sut.Find("nobody"));
    }
}
