using System.Globalization;

namespace Santorin.Infrastructure.Storage;

/// <summary>The keys of the exams and exam data tables (see README.md beside this file).</summary>
internal static class ExamLayout
{
    public const string HeaderRow = "exam";
    public const string SettingsRow = "settings";

    public const string CandidatePrefix = "c_";
    public const string CorrectorPrefix = "r_";
    public const string LotPrefix = "l_";
    public const string OverflowPrefix = "x_";

    /// <summary>Payload chunks held by a candidate entity itself: 8 × 64 KB, leaving room for names.</summary>
    public const int InlineChunks = 8;

    /// <summary>Payload chunks per overflow entity: 14 × 64 KB stays under the 1 MiB entity limit.</summary>
    public const int OverflowChunks = 14;

    public static string DataPartition(string examId, string version, int shard) =>
        $"{examId}_{version}_{StorageKeys.TwoDigits(shard)}";

    public static string CandidateRow(string number) => CandidatePrefix + number;

    public static string CorrectorRow(string id) => CorrectorPrefix + id;

    public static string LotRow(string id) => LotPrefix + id;

    /// <summary>The n-th (from 1) overflow entity of a payload; its suffix has a fixed length.</summary>
    public static string OverflowRow(string number, int n) =>
        $"{OverflowPrefix}{number}_{n.ToString("000", CultureInfo.InvariantCulture)}";

    public static (string Number, int N) ParseOverflowRow(string row) =>
        (row[OverflowPrefix.Length..^4], int.Parse(row.AsSpan(row.Length - 3), CultureInfo.InvariantCulture));

    public static string ChunkProperty(int index) => "P" + index.ToString(CultureInfo.InvariantCulture);
}
