using Azure.Data.Tables;
using Santorin.Infrastructure.Storage;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class TableTransactionsTests
{
    [Fact]
    public void EnsureSubmittable_HundredActionsOfOnePartition_Passes()
    {
        var transaction = Actions("p", 100);

        TableTransactions.EnsureSubmittable(transaction);
    }

    [Fact]
    public void EnsureSubmittable_HundredAndOneActions_Throws()
    {
        var transaction = Actions("p", 101);

        var error = Assert.Throws<InvalidOperationException>(() => TableTransactions.EnsureSubmittable(transaction));

        Assert.Contains("101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureSubmittable_NoAction_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TableTransactions.EnsureSubmittable([]));
    }

    [Fact]
    public void EnsureSubmittable_TwoPartitions_Throws()
    {
        var transaction = Actions("p", 3).Concat(Actions("q", 1)).ToList();

        var error = Assert.Throws<InvalidOperationException>(() => TableTransactions.EnsureSubmittable(transaction));

        Assert.Contains("partition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureSubmittable_SameEntityTwice_Throws()
    {
        var transaction = Actions("p", 3).Concat(Actions("p", 1)).ToList();

        Assert.Throws<InvalidOperationException>(() => TableTransactions.EnsureSubmittable(transaction));
    }

    [Fact]
    public void EnsureSubmittable_PayloadOverTheLimit_Throws()
    {
        var transaction = Actions("p", 5, new string('x', 1_000_000));

        Assert.Throws<InvalidOperationException>(() => TableTransactions.EnsureSubmittable(transaction));
    }

    [Fact]
    public void Split_ActionsOfSeveralPartitions_GivesValidTransactionsKeepingEveryAction()
    {
        var actions = Actions("p", 250).Concat(Actions("q", 30)).Concat(Actions("r", 100)).ToList();

        var sut = TableTransactions.Split(actions).ToList();

        Assert.All(sut, TableTransactions.EnsureSubmittable);
        Assert.Equal(5, sut.Count);
        Assert.Equal(
            actions.Select(Key).Order(),
            sut.SelectMany(transaction => transaction).Select(Key).Order());
    }

    [Fact]
    public void Split_LargeEntities_CutsTransactionsBySize()
    {
        var actions = Actions("p", 12, new string('x', 500_000));

        var sut = TableTransactions.Split(actions).ToList();

        Assert.All(sut, TableTransactions.EnsureSubmittable);
        Assert.True(sut.Count >= 2);
        Assert.Equal(12, sut.Sum(transaction => transaction.Count));
    }

    [Fact]
    public async Task SplitAsync_ActionsStreamed_GivesTheSameTransactionsAsSplit()
    {
        var actions = Actions("p", 150).Concat(Actions("q", 150)).ToList();

        var sut = await TableTransactions.SplitAsync(Stream(actions), CancellationToken.None).ToListAsync();

        Assert.Equal(
            TableTransactions.Split(actions).Select(transaction => transaction.Select(Key)),
            sut.Select(transaction => transaction.Select(Key)));
    }

    private static List<TableTransactionAction> Actions(string partition, int count, string? payload = null) =>
        Enumerable.Range(0, count)
            .Select(i => new TableEntity(partition, $"r{i:000}") { ["Payload"] = payload ?? "v" })
            .Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity))
            .ToList();

    private static string Key(TableTransactionAction action) =>
        action.Entity.PartitionKey + "/" + action.Entity.RowKey;

    private static async IAsyncEnumerable<TableTransactionAction> Stream(IEnumerable<TableTransactionAction> actions)
    {
        foreach (var action in actions)
        {
            await Task.Yield();
            yield return action;
        }
    }
}
