using System.Globalization;
using System.Text.Json.Nodes;

namespace Santorin.Application.Tests.Harness;

/// <summary>
/// Import bodies of <c>PUT /api/exams/{examId}</c> for tests: candidates numbered from 1, every
/// tenth absent, present ones dealt to the correctors' lots in turn, one lot per corrector.
/// </summary>
public static class ExamBodies
{
    public static JsonObject Create(
        int candidates = 40,
        int correctors = 4,
        Func<int, bool>? lotLocked = null,
        Func<int, decimal?>? grade = null,
        string kind = "competitive",
        string marking = "standard")
    {
        lotLocked ??= _ => true;
        grade ??= index => 8m + (index % 25) / 2m;
        var lots = Enumerable.Range(0, correctors)
            .Select(lot => new JsonObject
            {
                ["id"] = LotId(lot),
                ["correctorId"] = CorrectorId(lot),
                ["locked"] = lotLocked(lot),
                ["copies"] = new JsonArray(),
            })
            .ToList();
        var people = new JsonArray();
        var dealt = 0;
        for (var index = 1; index <= candidates; index++)
        {
            var absent = index % 10 == 0;
            people.Add(new JsonObject
            {
                ["number"] = Number(index),
                ["lastName"] = $"Nom{index}",
                ["firstName"] = $"Prénom{index}",
                ["absent"] = absent,
            });
            if (!absent)
            {
                var copies = lots[dealt++ % correctors]["copies"]!.AsArray();
                copies.Add(Copy(index, grade(index)));
            }
        }

        return new JsonObject
        {
            ["name"] = "Philosophie — voie générale",
            ["session"] = "2026",
            ["kind"] = kind,
            ["marking"] = marking,
            ["maxGrade"] = 20,
            ["correctors"] = new JsonArray(Enumerable.Range(0, correctors)
                .Select(corrector => (JsonNode)new JsonObject
                {
                    ["id"] = CorrectorId(corrector),
                    ["lastName"] = $"Correcteur{corrector}",
                    ["firstName"] = "Claire",
                })
                .ToArray()),
            ["candidates"] = people,
            ["lots"] = new JsonArray(lots.Select(lot => (JsonNode)lot).ToArray()),
        };
    }

    public static string Number(int index) => "026" + index.ToString("00000000", CultureInfo.InvariantCulture);

    public static string CorrectorId(int index) => "C" + (index + 1).ToString("0000", CultureInfo.InvariantCulture);

    public static string LotId(int index) => "L" + (index + 1).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The lots of a body, for a test to lock or regrade in place before importing again.</summary>
    public static IEnumerable<JsonObject> Lots(JsonObject exam) =>
        exam["lots"]!.AsArray().Select(lot => lot!.AsObject());

    public static IEnumerable<JsonObject> Copies(JsonObject exam) =>
        Lots(exam).SelectMany(lot => lot["copies"]!.AsArray().Select(copy => copy!.AsObject()));

    private static JsonObject Copy(int index, decimal? grade) =>
        new()
        {
            ["candidate"] = Number(index),
            ["grade"] = grade,
            ["comment"] = "Argumentation solide.",
            ["pages"] = 2,
            ["annotations"] = new JsonArray(
                new JsonObject { ["page"] = 1, ["type"] = "text", ["x"] = 0.1, ["y"] = 0.2, ["text"] = "Très bien" }),
        };
}
