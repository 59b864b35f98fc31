using Santorin.Core.Exams;
using static Santorin.Core.Tests.ImportBodies;

namespace Santorin.Core.Tests;

public sealed class ExamImportValidatorTests
{
    [Fact]
    public void Validate_ValidBody_BuildsTheExam()
    {
        var body = Valid();

        var sut = ExamImportValidator.Validate("PHILO-2026", body);

        Assert.True(sut.IsValid, string.Join("; ", sut.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        Assert.Empty(sut.Errors);
        var exam = sut.Exam;
        Assert.Equal("PHILO-2026", exam.Id);
        Assert.Equal("Philosophie — voie générale", exam.Name);
        Assert.Equal(ExamKind.Exam, exam.Kind);
        Assert.Equal(Marking.Standard, exam.Marking);
        Assert.Equal(20m, exam.MaxGrade);
        Assert.Equal(new Corrector("C0001", "Martin", "Claire"), exam.Correctors[0]);
        Assert.Equal(new Candidate("02612345680", "Dupont", "Élise", true), exam.Candidates[2]);
        var lot = exam.Lots[0];
        Assert.Equal(("L0001", "C0001", true), (lot.Id, lot.CorrectorId, lot.Locked));
        var copy = Assert.Single(lot.Copies);
        Assert.Equal("12.00", copy.Grade?.ToCycladesValue());
        Assert.Equal("Argumentation solide.", copy.Comment);
        Assert.Equal(4, copy.Pages);
        Assert.Equal(new TextAnnotation(1, 0.12, 0.30, "Très bien"), copy.Annotations[0]);
        var stroke = Assert.IsType<StrokeAnnotation>(copy.Annotations[1]);
        Assert.Equal([new PagePoint(0.10, 0.50), new PagePoint(0.42, 0.52)], stroke.Points);
        Assert.Equal(new MarkAnnotation(3, 0.80, 0.15, MarkSymbol.Check), copy.Annotations[2]);
        Assert.False(exam.Lots[1].Locked);
        Assert.Null(exam.Lots[1].Copies[0].Grade);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Validate_GeneratedExamImport_GivesTheSameExamBack(int seed)
    {
        var shape = new ExamShape { Kind = ExamKind.Competitive, Marking = Marking.Harmonised, MaxGrade = 12.5m };
        var exam = ExamGenerator.Generate(seed, shape);

        var sut = ExamImportValidator.Validate(exam.Id, ExamGenerator.ToImport(exam));

        Assert.True(sut.IsValid);
        Assert.Equal(
            (exam.Id, exam.Name, exam.Session, exam.Kind, exam.Marking, exam.MaxGrade),
            (sut.Exam.Id, sut.Exam.Name, sut.Exam.Session, sut.Exam.Kind, sut.Exam.Marking, sut.Exam.MaxGrade));
        Assert.Equal(exam.Correctors, sut.Exam.Correctors);
        Assert.Equal(exam.Candidates, sut.Exam.Candidates);
        Assert.Equal(Describe(exam.Lots), Describe(sut.Exam.Lots));
    }

    [Fact]
    public void Validate_InvalidExamId_Throws()
    {
        var body = Valid();

        Assert.Throws<ArgumentException>(() => ExamImportValidator.Validate("bad/id", body));
    }

    [Fact]
    public void Validate_NullBody_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", null);

        Assert.False(sut.IsValid);
        Assert.Null(sut.Exam);
        Assert.Equal(["$"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_EmptyBody_ListsEveryRequiredField()
    {
        var sut = ExamImportValidator.Validate("EX1", new ExamImport());

        Assert.Equal(["name", "session", "kind", "marking", "correctors", "candidates", "lots"], sut.Errors.Keys);
        Assert.All(sut.Errors.Values, m => Assert.Equal(["Ce champ est obligatoire."], m));
    }

    [Fact]
    public void Validate_SeveralBrokenRules_ReportsEveryOneAtOnce()
    {
        var body = Valid() with
        {
            Kind = "exam?",
            MaxGrade = -1,
            Candidates = [Candidate("A"), Candidate("A"), null],
            Lots = [Lot("L1", "NOBODY", Copy("A", grade: 1.234m, pages: 0))],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(
            ["kind", "maxGrade", "candidates[1].number", "candidates[2]", "lots[0].correctorId",
             "lots[0].copies[0].grade", "lots[0].copies[0].pages"],
            sut.Errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankName_IsRefused(string name)
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { Name = name, Session = name });

        Assert.Equal(["name", "session"], sut.Errors.Keys);
        Assert.Equal(["Ce champ ne peut pas être vide."], sut.Errors["name"]);
    }

    [Fact]
    public void Validate_Competitive_IsAccepted()
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { Kind = "competitive", Marking = "harmonised" });

        Assert.Equal(ExamKind.Competitive, sut.Exam?.Kind);
        Assert.Equal(Marking.Harmonised, sut.Exam?.Marking);
    }

    [Theory]
    [InlineData("Exam")]
    [InlineData("concours")]
    [InlineData("")]
    public void Validate_UnknownKind_IsRefused(string kind)
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { Kind = kind });

        Assert.Equal(["Le type d'épreuve est « exam » ou « competitive »."], sut.Errors["kind"]);
    }

    [Theory]
    [InlineData("harmonized")]
    [InlineData("ponctuelle")]
    public void Validate_UnknownMarking_IsRefused(string marking)
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { Marking = marking });

        Assert.Equal(["marking"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_NoMaxGrade_DefaultsTo20()
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { MaxGrade = null });

        Assert.Equal(20m, sut.Exam?.MaxGrade);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_MaxGradeNotPositive_IsRefused(int max)
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { MaxGrade = max });

        Assert.Equal(["La note maximale doit être supérieure à 0."], sut.Errors["maxGrade"]);
    }

    [Fact]
    public void Validate_MaxGradeWithThreeDecimals_IsRefusedAndGradesAreNotComparedToIt()
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { MaxGrade = 10.005m });

        Assert.Equal(["maxGrade"], sut.Errors.Keys);
        Assert.Equal(["La note maximale a au plus deux décimales."], sut.Errors["maxGrade"]);
    }

    [Fact]
    public void Validate_MaxGradeWithTwoDecimals_IsAccepted()
    {
        var sut = ExamImportValidator.Validate("EX1", Valid() with { MaxGrade = 12.5m });

        Assert.Equal(12.5m, sut.Exam?.MaxGrade);
    }

    [Fact]
    public void Validate_DuplicateCandidateNumber_NamesTheFirst()
    {
        var body = Valid() with
        {
            Candidates =
            [
                Candidate("A"), Candidate("B"), Candidate("A"), Candidate("02612345678"), Candidate("02612345679"),
            ],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["candidates[2].number"], sut.Errors.Keys);
        Assert.Equal(["Le candidat « A » figure déjà en candidates[0]."], sut.Errors["candidates[2].number"]);
    }

    [Fact]
    public void Validate_CandidateNumbersDifferingByCase_AreDistinct()
    {
        var body = Valid() with { Candidates = [.. Valid().Candidates!, Candidate("x"), Candidate("X")] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.True(sut.IsValid);
    }

    [Fact]
    public void Validate_DuplicateCorrectorId_IsRefused()
    {
        var duplicate = new CorrectorImport { Id = "C0001", LastName = "A", FirstName = "B" };
        var body = Valid() with { Correctors = [.. Valid().Correctors!, duplicate] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["Le correcteur « C0001 » figure déjà en correctors[0]."], sut.Errors["correctors[2].id"]);
    }

    [Fact]
    public void Validate_DuplicateLotId_IsRefused()
    {
        var body = Valid() with { Lots = [.. Valid().Lots!, Lot("L0001", "C0001")] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["lots[2].id"], sut.Errors.Keys);
        Assert.Equal(["Le lot « L0001 » figure déjà en lots[0]."], sut.Errors["lots[2].id"]);
    }

    [Fact]
    public void Validate_LotOfUnknownCorrector_IsRefused()
    {
        var body = Valid() with { Lots = [Lot("L1", "C9999")] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["lots[0].correctorId"], sut.Errors.Keys);
        Assert.Equal(
            ["Le correcteur « C9999 » n'est pas dans la liste des correcteurs."],
            sut.Errors["lots[0].correctorId"]);
    }

    [Fact]
    public void Validate_CopyOfUnknownCandidate_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("999")));

        Assert.Equal(["lots[0].copies[0].candidate"], sut.Errors.Keys);
        Assert.Equal(
            ["Le candidat « 999 » n'est pas dans la liste des candidats."],
            sut.Errors["lots[0].copies[0].candidate"]);
    }

    [Fact]
    public void Validate_CopyOfAbsentCandidate_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345680")));

        Assert.Equal(
            ["Le candidat « 02612345680 » est absent : il n'a pas de copie."],
            sut.Errors["lots[0].copies[0].candidate"]);
    }

    [Fact]
    public void Validate_CopyOfPresentCandidateInTwoLots_IsRefusedOnTheSecond()
    {
        var body = Valid() with
        {
            Lots =
            [
                Lot("L1", "C0001", Copy("02612345678")),
                Lot("L2", "C0002", Copy("02612345679"), Copy("02612345678")),
            ],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["lots[1].copies[1].candidate"], sut.Errors.Keys);
        Assert.Equal(
            ["Le candidat « 02612345678 » a déjà une copie en lots[0].copies[0]."],
            sut.Errors["lots[1].copies[1].candidate"]);
    }

    [Fact]
    public void Validate_CopyTwiceInOneLot_IsRefused()
    {
        var body = Valid() with { Lots = [Lot("L1", "C0001", Copy("02612345678"), Copy("02612345678", grade: null))] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["lots[0].copies[1].candidate"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_AbsentMissing_MeansPresent()
    {
        var body = Valid() with
        {
            Candidates = [Candidate("02612345678", absent: null)],
            Lots = [Lot("L1", "C0001", Copy("02612345678"))],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.False(Assert.Single(sut.Exam!.Candidates).Absent);
    }

    [Fact]
    public void Validate_LockedAndCopiesMissing_MeanOpenAndEmpty()
    {
        var body = Valid() with { Lots = [new LotImport { Id = "L1", CorrectorId = "C0001" }] };

        var sut = ExamImportValidator.Validate("EX1", body);

        var lot = Assert.Single(sut.Exam!.Lots);
        Assert.False(lot.Locked);
        Assert.Empty(lot.Copies);
    }

    [Fact]
    public void Validate_EmptyLists_AreAccepted()
    {
        var body = Valid() with { Correctors = [], Candidates = [], Lots = [] };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.True(sut.IsValid);
    }

    [Fact]
    public void Validate_NullItems_AreRequired()
    {
        var body = Valid() with
        {
            Correctors = [null, .. Valid().Correctors!],
            Lots = [Lot("L1", "C0001", (CopyImport?)null)],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["correctors[0]", "lots[0].copies[0]"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_MissingMembersOfItems_AreRequired()
    {
        var body = Valid() with
        {
            Correctors = [new CorrectorImport()],
            Candidates = [new CandidateImport()],
            Lots = [new LotImport { Copies = [new CopyImport()] }],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(
            ["correctors[0].id", "correctors[0].lastName", "correctors[0].firstName",
             "candidates[0].number", "candidates[0].lastName", "candidates[0].firstName",
             "lots[0].id", "lots[0].correctorId", "lots[0].copies[0].candidate", "lots[0].copies[0].pages"],
            sut.Errors.Keys);
    }

    [Fact]
    public void Validate_BlankPersonNames_AreRefused()
    {
        var body = Valid() with
        {
            Correctors = [new CorrectorImport { Id = "C0001", LastName = " ", FirstName = "" }],
            Candidates = [Candidate("A") with { LastName = "", FirstName = "\t" }],
            Lots = [],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(
            ["correctors[0].lastName", "correctors[0].firstName", "candidates[0].lastName", "candidates[0].firstName"],
            sut.Errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("..")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void Validate_InvalidKeys_AreRefusedWherePeopleTypedThem(string key)
    {
        var body = Valid() with
        {
            Correctors = [new CorrectorImport { Id = key, LastName = "Martin", FirstName = "Claire" }],
            Candidates = [Candidate(key)],
            Lots = [Lot(key, "C0001", Copy(key)), Lot("L2", key)],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Contains("correctors[0].id", sut.Errors.Keys);
        Assert.Contains("candidates[0].number", sut.Errors.Keys);
        Assert.Contains("lots[0].id", sut.Errors.Keys);
        Assert.Contains("lots[1].correctorId", sut.Errors.Keys);
        Assert.Contains("lots[0].copies[0].candidate", sut.Errors.Keys);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("N'Diaye-01 é")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234")]
    public void Validate_UsualKeys_AreAccepted(string key)
    {
        var body = Valid() with
        {
            Correctors = [new CorrectorImport { Id = key, LastName = "Martin", FirstName = "Claire" }],
            Candidates = [Candidate(key)],
            Lots = [Lot(key, key, Copy(key))],
        };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.True(sut.IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(14.5)]
    [InlineData(9.99)]
    public void Validate_GradeInRange_IsAccepted(double grade)
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", grade: (decimal)grade)));

        Assert.Equal((decimal)grade, sut.Exam?.Lots[0].Copies[0].Grade?.Value);
    }

    [Fact]
    public void Validate_NegativeGrade_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", grade: -0.5m)));

        Assert.Equal(["La note ne peut pas être négative."], sut.Errors["lots[0].copies[0].grade"]);
    }

    [Fact]
    public void Validate_GradeAboveMax_IsRefused()
    {
        var body = WithCopy(Copy("02612345678", grade: 12.75m)) with { MaxGrade = 12.5m };

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["La note dépasse la note maximale (12,5)."], sut.Errors["lots[0].copies[0].grade"]);
    }

    [Fact]
    public void Validate_GradeWithThreeDecimals_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", grade: 12.125m)));

        Assert.Equal(["La note a au plus deux décimales."], sut.Errors["lots[0].copies[0].grade"]);
    }

    [Fact]
    public void Validate_GradeBrokenTwice_HasBothMessages()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", grade: -1.001m)));

        Assert.Equal(2, sut.Errors["lots[0].copies[0].grade"].Length);
    }

    [Fact]
    public void Validate_TrailingZerosOfAGrade_AreNotDecimals()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", grade: 12.5000m)));

        Assert.Equal("12.50", sut.Exam?.Lots[0].Copies[0].Grade?.ToCycladesValue());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_PagesBelowOne_IsRefused(int pages)
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678", pages: pages)));

        Assert.Equal(["Une copie a au moins une page."], sut.Errors["lots[0].copies[0].pages"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Validate_AnnotationPageOutsideTheCopy_IsRefused(int page)
    {
        var annotation = new AnnotationImport { Page = page, Type = "mark", X = 0.5, Y = 0.5, Symbol = "cross" };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(
            ["La page de l'annotation est entre 1 et 4."],
            sut.Errors["lots[0].copies[0].annotations[0].page"]);
    }

    [Fact]
    public void Validate_AnnotationPageWhenPagesAreWrong_IsOnlyCheckedAgainstOne()
    {
        var copy = Copy("02612345678", pages: 0) with
        {
            Annotations = [new AnnotationImport { Page = 0, Type = "mark", X = 0.5, Y = 0.5, Symbol = "cross" }],
        };

        var sut = ExamImportValidator.Validate("EX1", WithCopy(copy));

        Assert.Equal(["La page de l'annotation est au moins 1."], sut.Errors["lots[0].copies[0].annotations[0].page"]);
    }

    [Theory]
    [InlineData(-0.01, 0.5)]
    [InlineData(0.5, 1.01)]
    [InlineData(double.NaN, 0.5)]
    public void Validate_CoordinatesOutsideThePage_AreRefused(double x, double y)
    {
        var annotation = new AnnotationImport { Page = 1, Type = "text", X = x, Y = y, Text = "Bien" };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(["La coordonnée est comprise entre 0 et 1."], Assert.Single(sut.Errors).Value);
    }

    [Fact]
    public void Validate_CoordinatesOnTheEdges_AreAccepted()
    {
        var annotation = new AnnotationImport { Page = 4, Type = "stroke", Points = [[0, 0], [1, 1]] };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.True(sut.IsValid);
    }

    [Fact]
    public void Validate_StrokePointOutsideThePage_IsRefused()
    {
        var annotation = new AnnotationImport { Page = 1, Type = "stroke", Points = [[0.1, 0.1], [0.2, 1.5]] };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(["lots[0].copies[0].annotations[0].points[1]"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_MissingCoordinates_AreRequired()
    {
        var annotation = new AnnotationImport { Page = 1, Type = "mark", Symbol = "question" };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(
            ["lots[0].copies[0].annotations[0].x", "lots[0].copies[0].annotations[0].y"],
            sut.Errors.Keys);
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("highlight")]
    public void Validate_UnknownAnnotationType_IsRefused(string type)
    {
        var annotation = new AnnotationImport { Page = 1, Type = type, X = 0.5, Y = 0.5 };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(
            ["Le type d'annotation est « text », « stroke » ou « mark »."],
            sut.Errors["lots[0].copies[0].annotations[0].type"]);
    }

    [Fact]
    public void Validate_AnnotationWithoutTypeOrPage_IsRefused()
    {
        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(new AnnotationImport()));

        Assert.Equal(
            ["lots[0].copies[0].annotations[0].page", "lots[0].copies[0].annotations[0].type"],
            sut.Errors.Keys);
    }

    [Fact]
    public void Validate_NullAnnotation_IsRequired()
    {
        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(null));

        Assert.Equal(["lots[0].copies[0].annotations[0]"], sut.Errors.Keys);
    }

    [Theory]
    [InlineData(null, "Ce champ est obligatoire.")]
    [InlineData("", "Une annotation de texte a un texte.")]
    [InlineData("  ", "Une annotation de texte a un texte.")]
    public void Validate_TextAnnotationWithoutText_IsRefused(string? text, string message)
    {
        var annotation = new AnnotationImport { Page = 1, Type = "text", X = 0.5, Y = 0.5, Text = text };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal([message], sut.Errors["lots[0].copies[0].annotations[0].text"]);
    }

    [Fact]
    public void Validate_StrokeWithOnePoint_IsRefused()
    {
        var annotation = new AnnotationImport { Page = 1, Type = "stroke", Points = [[0.1, 0.1]] };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(["Un tracé a au moins deux points."], sut.Errors["lots[0].copies[0].annotations[0].points"]);
    }

    [Fact]
    public void Validate_StrokeWithoutPoints_IsRefused()
    {
        var annotation = new AnnotationImport { Page = 1, Type = "stroke" };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(["Ce champ est obligatoire."], sut.Errors["lots[0].copies[0].annotations[0].points"]);
    }

    [Fact]
    public void Validate_PointWithoutTwoCoordinates_IsRefused()
    {
        var points = Points([0.1, 0.1], [0.2], null, [0.1, 0.2, 0.3]);
        var annotation = new AnnotationImport { Page = 1, Type = "stroke", Points = points };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(
            ["lots[0].copies[0].annotations[0].points[1]", "lots[0].copies[0].annotations[0].points[2]",
             "lots[0].copies[0].annotations[0].points[3]"],
            sut.Errors.Keys);
    }

    [Theory]
    [InlineData("check", MarkSymbol.Check)]
    [InlineData("cross", MarkSymbol.Cross)]
    [InlineData("question", MarkSymbol.Question)]
    public void Validate_KnownSymbol_IsRead(string symbol, MarkSymbol expected)
    {
        var annotation = new AnnotationImport { Page = 1, Type = "mark", X = 0.5, Y = 0.5, Symbol = symbol };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal(expected, Assert.IsType<MarkAnnotation>(sut.Exam?.Lots[0].Copies[0].Annotations[0]).Symbol);
    }

    [Theory]
    [InlineData("star", "Le symbole est « check », « cross » ou « question ».")]
    [InlineData(null, "Ce champ est obligatoire.")]
    public void Validate_UnknownSymbol_IsRefused(string? symbol, string message)
    {
        var annotation = new AnnotationImport { Page = 1, Type = "mark", X = 0.5, Y = 0.5, Symbol = symbol };

        var sut = ExamImportValidator.Validate("EX1", WithAnnotation(annotation));

        Assert.Equal([message], sut.Errors["lots[0].copies[0].annotations[0].symbol"]);
    }

    [Fact]
    public void Validate_MissingAnnotationsAndComment_AreEmpty()
    {
        var sut = ExamImportValidator.Validate("EX1", WithCopy(Copy("02612345678")));

        var copy = sut.Exam!.Lots[0].Copies[0];
        Assert.Empty(copy.Annotations);
        Assert.Null(copy.Comment);
    }

    private static List<IReadOnlyList<double>?> Points(params double[]?[] points) => [.. points];

    private static List<string> Describe(IEnumerable<Lot> lots) =>
        lots.SelectMany(l => l.Copies.Select(c =>
                $"{l.Id}|{l.CorrectorId}|{l.Locked}|{c.Candidate}|{c.Grade}|{c.Comment}|{c.Pages}|"
                + string.Join(",", c.Annotations.Select(Describe))))
            .ToList();

    private static string Describe(Annotation annotation) => annotation is StrokeAnnotation s
        ? $"stroke {s.Page} {string.Join(" ", s.Points)}"
        : annotation.ToString();
}
