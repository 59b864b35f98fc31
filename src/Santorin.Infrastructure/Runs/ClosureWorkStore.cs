using System.Text.Json;
using Azure.Storage.Blobs;
using Santorin.Core.Closure;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Runs;

/// <summary>
/// The planned work of a run, in blobs of container <c>closure-work</c>, so that orchestration
/// messages carry counts only: <c>{examId}/{runId}/batches/{n:00000}.json</c> for the grade lines
/// of batch n, <c>{examId}/{runId}/work-done/{n:00000}.json</c> for a chunk of declarations.
/// A retried planning activity writes the same blobs again.
/// </summary>
public sealed class ClosureWorkStore(BlobServiceClient blobs, string containerName = "closure-work")
{
    private const int ParallelWrites = 8;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(containerName);

    private volatile bool _containerReady;

    /// <summary>Creates the container on first write; a failure is tried again by the next write.</summary>
    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerReady = true;
        }
    }

    /// <summary>Writes the lines in batches of at most <paramref name="batchSize"/>; returns their count.</summary>
    public async Task<int> WriteBatchesAsync(
        string examId,
        string runId,
        IReadOnlyList<GradeLine> lines,
        int batchSize,
        CancellationToken cancellationToken)
    {
        var batches = lines
            .Chunk(batchSize)
            .Select((chunk, index) => (
                Name: BatchName(examId, runId, index),
                Items: chunk.Select(ToWire).ToArray()))
            .ToList();
        await WriteAllAsync(batches, cancellationToken);
        return batches.Count;
    }

    public async Task<IReadOnlyList<GradeLine>> ReadBatchAsync(
        string examId,
        string runId,
        int batch,
        CancellationToken cancellationToken)
    {
        var wire = await ReadAsync<WireLine[]>(BatchName(examId, runId, batch), cancellationToken);
        return wire.Select(FromWire).ToList();
    }

    /// <summary>Writes the declarations in chunks of <paramref name="chunkSize"/> at most.</summary>
    /// <returns>The number of chunks.</returns>
    public async Task<int> WriteWorkDoneAsync(
        string examId,
        string runId,
        IReadOnlyList<WorkDone> workDone,
        int chunkSize,
        CancellationToken cancellationToken)
    {
        var chunks = workDone
            .Chunk(chunkSize)
            .Select((chunk, index) => (Name: WorkDoneName(examId, runId, index), Items: chunk))
            .ToList();
        await WriteAllAsync(chunks, cancellationToken);
        return chunks.Count;
    }

    public async Task<IReadOnlyList<WorkDone>> ReadWorkDoneAsync(
        string examId,
        string runId,
        int chunk,
        CancellationToken cancellationToken) =>
        await ReadAsync<WorkDone[]>(WorkDoneName(examId, runId, chunk), cancellationToken);

    private async Task WriteAllAsync<T>(
        IReadOnlyList<(string Name, T[] Items)> blobs,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = ParallelWrites,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(blobs, parallel, async (blob, token) =>
        {
            var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(blob.Items));
            await _container.GetBlobClient(blob.Name).UploadAsync(content, overwrite: true, token);
        });
    }

    private async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken)
    {
        var content = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToObjectFromJson<T>()
            ?? throw new InvalidDataException($"The closure work blob {name} is empty.");
    }

    private static string BatchName(string examId, string runId, int batch) =>
        $"{examId}/{runId}/batches/{batch:00000}.json";

    private static string WorkDoneName(string examId, string runId, int chunk) =>
        $"{examId}/{runId}/work-done/{chunk:00000}.json";

    private static WireLine ToWire(GradeLine line) => new(line.Candidate, line.Value.Text);

    private static GradeLine FromWire(WireLine line) =>
        TransmittedValue.TryParse(line.Value, out var value)
            ? new GradeLine(line.Candidate, value)
            : throw new InvalidDataException($"A planned line holds an invalid value for {line.Candidate}.");

    private sealed record WireLine(string Candidate, string Value);
}
