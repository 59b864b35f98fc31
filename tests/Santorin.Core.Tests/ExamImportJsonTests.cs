using System.Text.Json;
using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

/// <summary>The import records read the API's JSON with the web defaults of System.Text.Json.</summary>
public sealed class ExamImportJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private const string ContractExample = """
        {
          "name": "Philosophie — voie générale",
          "session": "2026",
          "kind": "exam",
          "marking": "standard",
          "maxGrade": 20,
          "correctors": [ { "id": "C0001", "lastName": "Martin", "firstName": "Claire" } ],
          "candidates": [
            { "number": "02612345678", "lastName": "Dupont", "firstName": "Élise", "absent": false },
            { "number": "02612345679", "lastName": "Nguyen", "firstName": "Tâm", "absent": true } ],
          "lots": [
            { "id": "L0001", "correctorId": "C0001", "locked": true,
              "copies": [
                { "candidate": "02612345678", "grade": 14.5, "comment": "Argumentation solide.",
                  "pages": 4,
                  "annotations": [
                    { "page": 1, "type": "text", "x": 0.12, "y": 0.30, "text": "Très bien" },
                    { "page": 2, "type": "stroke", "points": [[0.10, 0.50], [0.42, 0.52]] },
                    { "page": 3, "type": "mark", "x": 0.80, "y": 0.15, "symbol": "check" } ] } ] } ]
        }
        """;

    [Fact]
    public void Validate_ContractExample_IsValid()
    {
        var body = JsonSerializer.Deserialize<ExamImport>(ContractExample, Web);

        var sut = ExamImportValidator.Validate("PHILO-2026", body);

        Assert.True(sut.IsValid);
        var copy = Assert.Single(sut.Exam.Lots[0].Copies);
        Assert.Equal("14.50", copy.Grade?.ToCycladesValue());
        Assert.Equal(3, copy.Annotations.Count);
        Assert.True(sut.Exam.Candidates[1].Absent);
    }

    [Fact]
    public void Validate_NullsAndMissingMembersInJson_AreReportedByPath()
    {
        const string json = """
            { "name": "P", "session": "2026", "kind": "exam", "marking": "standard", "maxGrade": null,
              "correctors": [ null ], "candidates": [ { "number": "A", "lastName": "D", "firstName": "E" } ],
              "lots": [ { "id": "L1", "correctorId": "C1", "copies": [ { "candidate": "A", "grade": null } ] } ] }
            """;
        var body = JsonSerializer.Deserialize<ExamImport>(json, Web);

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.Equal(["correctors[0]", "lots[0].correctorId", "lots[0].copies[0].pages"], sut.Errors.Keys);
    }

    [Fact]
    public void Validate_JsonNullBody_IsRefused()
    {
        var body = JsonSerializer.Deserialize<ExamImport>("null", Web);

        var sut = ExamImportValidator.Validate("EX1", body);

        Assert.False(sut.IsValid);
    }

    [Fact]
    public void Deserialize_SettingsBody_ReadsCamelCase()
    {
        var body = JsonSerializer.Deserialize<ExamSettingsImport>("""{"includeGrade": false}""", Web);

        var sut = ExamSettingsValidator.Validate(body);

        Assert.Equal(new ExamSettings(true, false, true), sut);
    }
}
