using System.Globalization;
using Azure.Data.Tables;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>Turns an exam into the entities of one data version, and its header.</summary>
internal static class ExamEntities
{
    private const int MaxOverflowEntities = 999;

    /// <summary>Throws <see cref="ArgumentException"/> when an id of the exam cannot be a key.</summary>
    public static void EnsureKeys(Exam exam)
    {
        StorageKeys.EnsureValid(exam.Id, "exam id");
        foreach (var candidate in exam.Candidates)
        {
            StorageKeys.EnsureValid(candidate.Number, "candidate number");
        }

        foreach (var corrector in exam.Correctors)
        {
            StorageKeys.EnsureValid(corrector.Id, "corrector id");
        }

        foreach (var lot in exam.Lots)
        {
            StorageKeys.EnsureValid(lot.Id, "lot id");
        }
    }

    public static TableEntity Header(Exam exam, string version, int shards, DateTimeOffset importedAt) =>
        new(exam.Id, ExamLayout.HeaderRow)
        {
            ["Name"] = Checked(exam.Name, "exam name"),
            ["Session"] = Checked(exam.Session, "session"),
            ["Kind"] = exam.Kind.ToString(),
            ["Marking"] = exam.Marking.ToString(),
            ["MaxGrade"] = exam.MaxGrade.ToString(CultureInfo.InvariantCulture),
            ["Version"] = version,
            ["Shards"] = shards,
            ["Candidates"] = exam.Candidates.Count,
            ["Correctors"] = exam.Correctors.Count,
            ["Lots"] = exam.Lots.Count,
            ["LockedLots"] = exam.Lots.Count(lot => lot.Locked),
            ["ImportedAt"] = importedAt,
        };

    /// <summary>The version's entities, built one at a time so a large exam is never held twice.</summary>
    public static IEnumerable<TableTransactionAction> Data(Exam exam, string version, int shards)
    {
        string Partition(string key) =>
            ExamLayout.DataPartition(exam.Id, version, StorageKeys.Bucket(key, shards));

        for (var i = 0; i < exam.Correctors.Count; i++)
        {
            var corrector = exam.Correctors[i];
            yield return Upsert(new TableEntity(Partition(corrector.Id), ExamLayout.CorrectorRow(corrector.Id))
            {
                ["Index"] = i,
                ["LastName"] = Checked(corrector.LastName, "corrector's last name"),
                ["FirstName"] = Checked(corrector.FirstName, "corrector's first name"),
            });
        }

        for (var i = 0; i < exam.Lots.Count; i++)
        {
            var lot = exam.Lots[i];
            yield return Upsert(new TableEntity(Partition(lot.Id), ExamLayout.LotRow(lot.Id))
            {
                ["Index"] = i,
                ["CorrectorId"] = lot.CorrectorId,
                ["Locked"] = lot.Locked,
            });
        }

        var copies = CopiesByCandidate(exam);
        for (var i = 0; i < exam.Candidates.Count; i++)
        {
            var candidate = exam.Candidates[i];
            var partition = Partition(candidate.Number);
            copies.TryGetValue(candidate.Number, out var placed);
            foreach (var entity in CandidateEntities(partition, i, candidate, placed))
            {
                yield return Upsert(entity);
            }
        }
    }

    private static Dictionary<string, (string LotId, int Index, Copy Copy)> CopiesByCandidate(Exam exam)
    {
        var copies = new Dictionary<string, (string, int, Copy)>(exam.Candidates.Count, StringComparer.Ordinal);
        foreach (var lot in exam.Lots)
        {
            for (var i = 0; i < lot.Copies.Count; i++)
            {
                copies[lot.Copies[i].Candidate] = (lot.Id, i, lot.Copies[i]);
            }
        }

        return copies;
    }

    private static IEnumerable<TableEntity> CandidateEntities(
        string partition,
        int index,
        Candidate candidate,
        (string LotId, int Index, Copy Copy) placed)
    {
        var entity = new TableEntity(partition, ExamLayout.CandidateRow(candidate.Number))
        {
            ["Index"] = index,
            ["LastName"] = Checked(candidate.LastName, "candidate's last name"),
            ["FirstName"] = Checked(candidate.FirstName, "candidate's first name"),
            ["Absent"] = candidate.Absent,
        };
        if (placed.Copy is null)
        {
            return [entity];
        }

        entity["Lot"] = placed.LotId;
        entity["CopyIndex"] = placed.Index;
        entity["Pages"] = placed.Copy.Pages;
        if (placed.Copy.Grade is { } grade)
        {
            entity["Grade"] = grade.ToCycladesValue();
        }

        var payload = CopyPayload.Write(placed.Copy.Comment, placed.Copy.Annotations);
        return payload is null ? [entity] : WithPayload(entity, candidate.Number, CopyPayload.Chunk(payload));
    }

    /// <summary>The first chunks go in the candidate's entity, the rest in overflow entities.</summary>
    private static List<TableEntity> WithPayload(TableEntity entity, string number, List<string> chunks)
    {
        entity["PayloadChunks"] = chunks.Count;
        var entities = new List<TableEntity> { entity };
        for (var c = 0; c < chunks.Count; c++)
        {
            if (c >= ExamLayout.InlineChunks && (c - ExamLayout.InlineChunks) % ExamLayout.OverflowChunks == 0)
            {
                var n = entities.Count;
                if (n > MaxOverflowEntities)
                {
                    throw new ArgumentException($"The copy of candidate {number} is too large to be stored.");
                }

                entities.Add(new TableEntity(entity.PartitionKey, ExamLayout.OverflowRow(number, n)));
            }

            var local = c < ExamLayout.InlineChunks
                ? c
                : (c - ExamLayout.InlineChunks) % ExamLayout.OverflowChunks;
            entities[^1][ExamLayout.ChunkProperty(local)] = chunks[c];
        }

        return entities;
    }

    private static string Checked(string value, string name) =>
        value.Length <= EntitySize.MaxStringLength
            ? value
            : throw new ArgumentException(
                $"The {name} is longer than {EntitySize.MaxStringLength} characters.");

    private static TableTransactionAction Upsert(TableEntity entity) =>
        new(TableTransactionActionType.UpsertReplace, entity);
}
