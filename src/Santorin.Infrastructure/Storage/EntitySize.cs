using Azure.Data.Tables;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// Upper bounds on an entity's size, to stay under Azure's limits before sending: 1 MiB per
/// entity as stored (strings in UTF-16), and 4 MiB per transaction on the wire, where the
/// JSON writer may escape a character as six bytes. Only <see cref="TableEntity"/>'s
/// properties are counted: it is the only entity type this code writes.
/// </summary>
internal static class EntitySize
{
    /// <summary>Azure's limit on one entity.</summary>
    public const int MaxStoredBytes = 1024 * 1024;

    /// <summary>Azure's limit on one string property, in UTF-16 code units.</summary>
    public const int MaxStringLength = 32 * 1024;

    /// <summary>Per action: the changeset's headers, the request line and the entity's URL.</summary>
    private const int WireOverheadBytes = 1024;

    public static long StoredBytes(ITableEntity entity)
    {
        long bytes = 4 + (2 * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in Properties(entity))
        {
            bytes += 8 + (2 * name.Length) + StoredValueBytes(value);
        }

        return bytes;
    }

    public static long WireBytes(ITableEntity entity)
    {
        long bytes = WireOverheadBytes + (3 * (Escaped(entity.PartitionKey) + Escaped(entity.RowKey)));
        foreach (var (name, value) in Properties(entity))
        {
            bytes += 8 + Escaped(name) + WireValueBytes(value);
        }

        return bytes;
    }

    private static IEnumerable<KeyValuePair<string, object>> Properties(ITableEntity entity) =>
        entity is TableEntity dictionary ? dictionary : [];

    private static long StoredValueBytes(object? value) => value switch
    {
        string text => 4 + (2L * text.Length),
        byte[] binary => 4 + binary.Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };

    /// <summary>A value and, for the types JSON cannot tell apart, its <c>odata.type</c> annotation.</summary>
    private static long WireValueBytes(object? value) => value switch
    {
        string text => 2 + Escaped(text),
        byte[] binary => 64 + (((binary.Length + 2) / 3) * 4),
        _ => 96,
    };

    private static long Escaped(string text)
    {
        long bytes = 0;
        foreach (var c in text)
        {
            bytes += IsPlain(c) ? 1 : 6;
        }

        return bytes;
    }

    /// <summary>Written as itself by any JSON encoder; anything else may become <c>\uXXXX</c>.</summary>
    private static bool IsPlain(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ',' or '-' or '_' or ':' or '[' or ']';
}
