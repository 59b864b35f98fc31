using System.Globalization;
using Azure.Data.Tables;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// Folds the entities of one data version, partition by partition as they stream in, into an
/// exam. Only model objects are kept, never the pages of entities.
/// </summary>
internal sealed class ExamAssembler(ExamSummary header)
{
    private readonly List<(int Index, Candidate Candidate)> _candidates = new(header.Candidates);
    private readonly List<(int Index, Corrector Corrector)> _correctors = new(header.Correctors);
    private readonly List<(int Index, string Id, string CorrectorId, bool Locked)> _lots = new(header.Lots);
    private readonly List<PlacedCopy> _copies = new(header.Candidates);
    private readonly Lock _gate = new();
    private int _expectedCopies;

    private decimal MaxGrade => header.MaxGrade;

    /// <summary>One partition's content; partitions are read in parallel, each into its own shard.</summary>
    public Shard NewShard() => new(this);

    /// <summary>The exam, or null when entities are missing (the version was deleted while read).</summary>
    public Exam? Build()
    {
        if (_candidates.Count != header.Candidates
            || _correctors.Count != header.Correctors
            || _lots.Count != header.Lots
            || _copies.Count != _expectedCopies)
        {
            return null;
        }

        var copiesByLot = _copies.ToLookup(copy => copy.LotId, StringComparer.Ordinal);
        var lots = _lots
            .OrderBy(lot => lot.Index)
            .Select(lot => new Lot(lot.Id, lot.CorrectorId, lot.Locked, CopiesOf(copiesByLot[lot.Id])))
            .ToList();
        if (lots.Sum(lot => lot.Copies.Count) != _copies.Count)
        {
            return null;
        }

        return new Exam(
            header.ExamId,
            header.Name,
            header.Session,
            header.Kind,
            header.Marking,
            header.MaxGrade,
            _correctors.OrderBy(corrector => corrector.Index).Select(corrector => corrector.Corrector).ToList(),
            _candidates.OrderBy(candidate => candidate.Index).Select(candidate => candidate.Candidate).ToList(),
            lots);
    }

    private static List<Copy> CopiesOf(IEnumerable<PlacedCopy> copies) =>
        copies.OrderBy(copy => copy.Index).Select(copy => copy.Copy).ToList();

    private void Merge(Shard shard)
    {
        lock (_gate)
        {
            _candidates.AddRange(shard.Candidates);
            _correctors.AddRange(shard.Correctors);
            _lots.AddRange(shard.Lots);
            _copies.AddRange(shard.Copies);
            _expectedCopies += shard.ExpectedCopies;
        }
    }

    internal sealed record PlacedCopy(string LotId, int Index, Copy Copy);

    /// <summary>What a candidate entity says of its copy until the payload's last chunk is read.</summary>
    private sealed class PendingCopy(
        string lotId,
        int index,
        string number,
        Grade? grade,
        int pages,
        int chunks)
    {
        public string?[] Chunks { get; } = new string?[chunks];

        public PlacedCopy? Complete()
        {
            if (Chunks.Any(chunk => chunk is null))
            {
                return null;
            }

            var (comment, annotations) = CopyPayload.Read(Chunks.Length == 0 ? null : string.Concat(Chunks));
            return new PlacedCopy(lotId, index, new Copy(number, grade, comment, pages, annotations));
        }
    }

    internal sealed class Shard(ExamAssembler owner)
    {
        private readonly Dictionary<string, PendingCopy> _pending = new(StringComparer.Ordinal);

        public List<(int Index, Candidate Candidate)> Candidates { get; } = [];

        public List<(int Index, Corrector Corrector)> Correctors { get; } = [];

        public List<(int Index, string Id, string CorrectorId, bool Locked)> Lots { get; } = [];

        public List<PlacedCopy> Copies { get; } = [];

        /// <summary>Candidate entities that name a lot: each must end as a copy.</summary>
        public int ExpectedCopies { get; private set; }

        public void Add(TableEntity entity)
        {
            var row = entity.RowKey;
            if (row.StartsWith(ExamLayout.CandidatePrefix, StringComparison.Ordinal))
            {
                AddCandidate(row[ExamLayout.CandidatePrefix.Length..], entity);
            }
            else if (row.StartsWith(ExamLayout.CorrectorPrefix, StringComparison.Ordinal))
            {
                var id = row[ExamLayout.CorrectorPrefix.Length..];
                var corrector = new Corrector(id, Text(entity, "LastName"), Text(entity, "FirstName"));
                Correctors.Add((Number(entity, "Index"), corrector));
            }
            else if (row.StartsWith(ExamLayout.LotPrefix, StringComparison.Ordinal))
            {
                var id = row[ExamLayout.LotPrefix.Length..];
                var locked = entity.GetBoolean("Locked") ?? false;
                Lots.Add((Number(entity, "Index"), id, Text(entity, "CorrectorId"), locked));
            }
            else if (row.StartsWith(ExamLayout.OverflowPrefix, StringComparison.Ordinal))
            {
                AddOverflow(row, entity);
            }
        }

        /// <summary>Hands the shard to its exam once its partition is read whole.</summary>
        public void Complete()
        {
            foreach (var pending in _pending.Values)
            {
                if (pending.Complete() is { } copy)
                {
                    Copies.Add(copy);
                }
            }

            owner.Merge(this);
        }

        private void AddCandidate(string number, TableEntity entity)
        {
            var absent = entity.GetBoolean("Absent") ?? false;
            var candidate = new Candidate(number, Text(entity, "LastName"), Text(entity, "FirstName"), absent);
            Candidates.Add((Number(entity, "Index"), candidate));
            if (entity.GetString("Lot") is not { } lotId)
            {
                return;
            }

            ExpectedCopies++;
            var pending = new PendingCopy(
                lotId,
                Number(entity, "CopyIndex"),
                number,
                ParseGrade(entity.GetString("Grade")),
                Number(entity, "Pages"),
                entity.GetInt32("PayloadChunks") ?? 0);
            for (var c = 0; c < Math.Min(pending.Chunks.Length, ExamLayout.InlineChunks); c++)
            {
                pending.Chunks[c] = entity.GetString(ExamLayout.ChunkProperty(c));
            }

            if (pending.Chunks.Length <= ExamLayout.InlineChunks && pending.Complete() is { } copy)
            {
                Copies.Add(copy);
                return;
            }

            _pending[number] = pending;
        }

        private void AddOverflow(string row, TableEntity entity)
        {
            var (number, n) = ExamLayout.ParseOverflowRow(row);
            if (!_pending.TryGetValue(number, out var pending))
            {
                return;
            }

            var first = ExamLayout.InlineChunks + ((n - 1) * ExamLayout.OverflowChunks);
            for (var c = first; c < Math.Min(pending.Chunks.Length, first + ExamLayout.OverflowChunks); c++)
            {
                pending.Chunks[c] = entity.GetString(ExamLayout.ChunkProperty(c - first));
            }
        }

        private Grade? ParseGrade(string? text) =>
            text is null
                ? null
                : Grade.Create(decimal.Parse(text, CultureInfo.InvariantCulture), owner.MaxGrade);
    }

    private static string Text(TableEntity entity, string name) =>
        entity.GetString(name) ?? throw Missing(entity, name);

    private static int Number(TableEntity entity, string name) =>
        entity.GetInt32(name) ?? throw Missing(entity, name);

    private static InvalidOperationException Missing(TableEntity entity, string name) =>
        new($"The stored entity {entity.RowKey[..2]}… of the exam data has no {name}.");
}
