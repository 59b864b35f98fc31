namespace Santorin.Application.Edition;

/// <summary>The input of one archive's orchestration. Small: the copies are recomputed or stored.</summary>
public sealed record ArchiveInput(
    string ExamId,
    string ArchiveId,
    int Entries,
    int ChunkSize,
    int MaxParallelChunks)
{
    public int Chunks => (Entries + ChunkSize - 1) / ChunkSize;
}

/// <summary>One chunk of an archive's copies to render: copies [Chunk × ChunkSize, …) of the archive.</summary>
public sealed record ArchiveChunkInput(string ExamId, string ArchiveId, int Chunk, int ChunkSize);

/// <summary>What a chunk rendered, or why it stopped (a code and a French message).</summary>
public sealed record ArchiveChunkOutcome(int Rendered, string? FailureCode, string? FailureMessage);

/// <summary>The archive to write, once every chunk rendered.</summary>
public sealed record ArchiveRef(string ExamId, string ArchiveId);

/// <summary>How an archive ended, recorded by its last activity.</summary>
public sealed record ArchiveCompletion(
    string ExamId,
    string ArchiveId,
    string Status,
    long Bytes,
    string? Message);
