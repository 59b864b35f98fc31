using System.Globalization;
using System.Text;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// The guard every value from outside passes before it becomes part of a partition or row key,
/// and the stable hash that spreads keys over partitions.
/// </summary>
internal static class StorageKeys
{
    /// <summary>Azure's limit on a key is 1 KiB; counting UTF-8 bytes keeps under it either way.</summary>
    public const int MaxKeyBytes = 1024;

    /// <summary>
    /// Throws when <paramref name="value"/> cannot be stored in a key: empty, longer than
    /// 1 KiB, or holding <c>/ \ # ?</c> or a control character, which Azure refuses in keys.
    /// </summary>
    public static string EnsureValid(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The {name} is empty: it cannot be a storage key.", name);
        }

        var bad = value.AsSpan().IndexOfAny(@"/\#?");
        if (bad >= 0)
        {
            throw new ArgumentException($"The {name} holds '{value[bad]}', refused in a storage key.", name);
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"The {name} holds a control character, refused in a storage key.",
                name);
        }

        if (Encoding.UTF8.GetByteCount(value) > MaxKeyBytes)
        {
            throw new ArgumentException(
                $"The {name} is longer than {MaxKeyBytes} bytes, too long for a storage key.",
                name);
        }

        return value;
    }

    /// <summary>
    /// A bucket from 0 to <paramref name="buckets"/> − 1 that never changes between processes
    /// or .NET versions (FNV-1a over the UTF-16 code units), unlike <c>string.GetHashCode</c>.
    /// </summary>
    public static int Bucket(string value, int buckets)
    {
        const uint Offset = 2166136261;
        const uint Prime = 16777619;

        var hash = Offset;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return (int)(hash % (uint)buckets);
    }

    public static string TwoDigits(int number) => number.ToString("00", CultureInfo.InvariantCulture);
}
