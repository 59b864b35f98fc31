using System.Globalization;
using System.Text.Json.Nodes;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// Import bodies of <c>PUT /api/exams/{examId}</c> shaped like the application tests' ones:
/// candidates numbered from 1, one in twenty absent, the present ones dealt in turn to the
/// correctors' lots (one locked lot per corrector), each copy graded, commented and annotated.
/// </summary>
internal static class ExamBodies
{
    public static JsonObject Create(int candidates, int correctors)
    {
        var lots = Enumerable.Range(0, correctors).Select(Lot).ToList();
        var people = new JsonArray();
        var dealt = 0;
        for (var index = 1; index <= candidates; index++)
        {
            var absent = IsAbsent(index);
            people.Add(new JsonObject
            {
                ["number"] = Number(index),
                ["lastName"] = $"Nom{index}",
                ["firstName"] = $"Prénom{index}",
                ["absent"] = absent,
            });
            if (!absent)
            {
                lots[dealt++ % correctors]["copies"]!.AsArray().Add(Copy(index));
            }
        }

        return new JsonObject
        {
            ["name"] = "Philosophie — voie générale",
            ["session"] = "2026",
            ["kind"] = "exam",
            ["marking"] = "standard",
            ["maxGrade"] = 20,
            ["correctors"] = new JsonArray([.. Enumerable.Range(0, correctors).Select(Corrector)]),
            ["candidates"] = people,
            ["lots"] = new JsonArray([.. lots]),
        };
    }

    public static bool IsAbsent(int index) => index % 20 == 0;

    public static string Number(int index) => "026" + index.ToString("00000000", CultureInfo.InvariantCulture);

    public static IEnumerable<JsonObject> Copies(JsonObject exam) =>
        exam["lots"]!.AsArray().SelectMany(lot => lot!["copies"]!.AsArray().Select(copy => copy!.AsObject()));

    /// <summary>Moves one grade in <paramref name="every"/> by half a point; answers the candidates changed.</summary>
    public static IReadOnlySet<string> ChangeGrades(JsonObject exam, int every)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (copy, position) in Copies(exam).Select((copy, position) => (copy, position)))
        {
            if (position % every == 0)
            {
                var grade = (decimal)copy["grade"]!;
                copy["grade"] = grade < 20m ? grade + 0.5m : grade - 0.5m;
                changed.Add((string)copy["candidate"]!);
            }
        }

        return changed;
    }

    private static JsonNode Lot(int index) => new JsonObject
    {
        ["id"] = "L" + (index + 1).ToString("0000", CultureInfo.InvariantCulture),
        ["correctorId"] = CorrectorId(index),
        ["locked"] = true,
        ["copies"] = new JsonArray(),
    };

    private static JsonNode Corrector(int index) => new JsonObject
    {
        ["id"] = CorrectorId(index),
        ["lastName"] = $"Correcteur{index}",
        ["firstName"] = "Claire",
    };

    private static string CorrectorId(int index) => "C" + (index + 1).ToString("0000", CultureInfo.InvariantCulture);

    private static JsonObject Copy(int index) => new()
    {
        ["candidate"] = Number(index),
        ["grade"] = 8m + (index % 25) / 2m,
        ["comment"] = "Argumentation solide.",
        ["pages"] = 2,
        ["annotations"] = new JsonArray(
            new JsonObject { ["page"] = 1, ["type"] = "text", ["x"] = 0.1, ["y"] = 0.2, ["text"] = "Très bien" }),
    };
}
