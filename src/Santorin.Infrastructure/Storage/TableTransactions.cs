using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// The only way this code writes batches: splits actions into entity group transactions Azure
/// accepts, checks each one before it is sent, and sends them with bounded parallelism.
/// The checks live here because Azurite accepts a transaction spanning partitions (Azure
/// refuses it) and answers one of 101 entities with a malformed response.
/// </summary>
internal static class TableTransactions
{
    /// <summary>Azure's limit of actions in one entity group transaction.</summary>
    public const int MaxActions = 100;

    /// <summary>Under Azure's 4 MiB per transaction, leaving room for the multipart framing.</summary>
    public const long MaxPayloadBytes = 3_584 * 1024;

    /// <summary>
    /// Throws when Azure would refuse <paramref name="transaction"/>, or Azurite would accept
    /// what Azure refuses: no action, more than 100, several partitions, one entity twice, or a
    /// payload over <see cref="MaxPayloadBytes"/>.
    /// </summary>
    public static void EnsureSubmittable(IReadOnlyList<TableTransactionAction> transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Count is 0 or > MaxActions)
        {
            throw new InvalidOperationException(
                $"A transaction holds 1 to {MaxActions} actions; this one holds {transaction.Count}.");
        }

        var partition = transaction[0].Entity.PartitionKey;
        if (transaction.Any(action => action.Entity.PartitionKey != partition))
        {
            throw new InvalidOperationException("A transaction's entities must share one partition.");
        }

        var rows = new HashSet<string>(StringComparer.Ordinal);
        if (!transaction.All(action => rows.Add(action.Entity.RowKey)))
        {
            throw new InvalidOperationException("A transaction may not act twice on one entity.");
        }

        var bytes = transaction.Sum(action => EntitySize.WireBytes(action.Entity));
        if (bytes > MaxPayloadBytes)
        {
            throw new InvalidOperationException(
                $"A transaction's payload is limited to {MaxPayloadBytes} bytes; " +
                $"this one takes about {bytes}.");
        }
    }

    /// <summary>Groups actions by partition into transactions that pass the checks above.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Split(
        IEnumerable<TableTransactionAction> actions)
    {
        var buffers = new PartitionBuffers();
        foreach (var action in actions)
        {
            if (buffers.Add(action) is { } full)
            {
                yield return full;
            }
        }

        foreach (var rest in buffers.Drain())
        {
            yield return rest;
        }
    }

    /// <inheritdoc cref="Split(IEnumerable{TableTransactionAction})"/>
    public static async IAsyncEnumerable<IReadOnlyList<TableTransactionAction>> SplitAsync(
        IAsyncEnumerable<TableTransactionAction> actions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffers = new PartitionBuffers();
        await foreach (var action in actions.WithCancellation(cancellationToken))
        {
            if (buffers.Add(action) is { } full)
            {
                yield return full;
            }
        }

        foreach (var rest in buffers.Drain())
        {
            yield return rest;
        }
    }

    public static async Task SubmitAsync(
        TableClient table,
        IReadOnlyList<TableTransactionAction> transaction,
        CancellationToken cancellationToken)
    {
        EnsureSubmittable(transaction);
        await table.SubmitTransactionAsync(transaction, cancellationToken);
    }

    /// <summary>Sends every action, <paramref name="maxParallel"/> transactions at most at once.</summary>
    /// <returns>The number of actions sent.</returns>
    public static async Task<int> SubmitAllAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        int maxParallel,
        CancellationToken cancellationToken)
    {
        var submitted = 0;
        var options = Parallelism(maxParallel, cancellationToken);
        await Parallel.ForEachAsync(Split(actions), options, async (transaction, token) =>
        {
            await SubmitAsync(table, transaction, token);
            Interlocked.Add(ref submitted, transaction.Count);
        });
        return submitted;
    }

    /// <summary>As the overload above, pulling the actions as they come.</summary>
    public static async Task<int> SubmitAllAsync(
        TableClient table,
        IAsyncEnumerable<TableTransactionAction> actions,
        int maxParallel,
        CancellationToken cancellationToken)
    {
        var submitted = 0;
        var options = Parallelism(maxParallel, cancellationToken);
        var transactions = SplitAsync(actions, cancellationToken);
        await Parallel.ForEachAsync(transactions, options, async (transaction, token) =>
        {
            await SubmitAsync(table, transaction, token);
            Interlocked.Add(ref submitted, transaction.Count);
        });
        return submitted;
    }

    private static ParallelOptions Parallelism(int maxParallel, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = maxParallel, CancellationToken = cancellationToken };

    /// <summary>One filling transaction per partition; a full one is handed out, a new one begun.</summary>
    private sealed class PartitionBuffers
    {
        private readonly Dictionary<string, (List<TableTransactionAction> Actions, long Bytes)> _open =
            new(StringComparer.Ordinal);

        public IReadOnlyList<TableTransactionAction>? Add(TableTransactionAction action)
        {
            var partition = action.Entity.PartitionKey;
            var bytes = EntitySize.WireBytes(action.Entity);
            IReadOnlyList<TableTransactionAction>? full = null;
            if (!_open.TryGetValue(partition, out var open))
            {
                open = ([], 0);
            }
            else if (open.Bytes + bytes > MaxPayloadBytes)
            {
                full = open.Actions;
                open = ([], 0);
            }

            open.Actions.Add(action);
            open.Bytes += bytes;
            if (open.Actions.Count == MaxActions)
            {
                _open.Remove(partition);
                return open.Actions;
            }

            _open[partition] = open;
            return full;
        }

        public IEnumerable<IReadOnlyList<TableTransactionAction>> Drain() =>
            _open.Values.Select(open => (IReadOnlyList<TableTransactionAction>)open.Actions).ToList();
    }
}
