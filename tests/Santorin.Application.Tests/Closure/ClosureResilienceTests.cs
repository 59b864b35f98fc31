using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Application.Tests.Harness;
using Santorin.Infrastructure.Storage;
using Santorin.Testing;

namespace Santorin.Application.Tests.Closure;

public sealed class ClosureResilienceTests(ClosureResilienceTests.Fixture fixture)
    : IClassFixture<ClosureResilienceTests.Fixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task SendBatch_DiesBeforeItsLedgerWrite_RetryLeavesLedgerRightAndCycladesAppliedOnce()
    {
        var examId = AzuriteServer.UniqueName("crash");
        var exam = ExamBodies.Create(candidates: 20, correctors: 1);
        await App.ImportAsync(examId, exam);
        fixture.Crash.Count = 1;

        var run = await App.CloseAsync(examId);

        Assert.Equal(1, fixture.Crash.Failed);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        var ledger = await App.Services.GetRequiredService<TableLedger>().ReadAsync(examId, CancellationToken.None);
        Assert.All(ExamBodies.Copies(exam), copy =>
        {
            var candidate = (string)copy["candidate"]!;
            Assert.Equal(1, App.Simulators.Cyclades.ApplicationsOf(examId, candidate));
            Assert.Equal(App.Simulators.Cyclades.GradeOf(examId, candidate), ledger.Transmitted[candidate].Text);
        });
        Assert.Contains(App.Simulators.Cyclades.Calls, call => call.Outcome == "replayed");
    }

    public sealed class Fixture : IAsyncLifetime
    {
        /// <summary>Grades' rows only: work done is recorded beside them and must not take the crash.</summary>
        private const string TransmittedRow = "\"RowKey\":\"" + TableLedger.TransmittedPrefix;

        public FailNextTransactions Crash { get; } = new() { Containing = TransmittedRow };

        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync(
            new Dictionary<string, string?> { ["Closure:BatchSize"] = "500" },
            services => services.AddSingleton(CrashingStorage()));

        public async Task DisposeAsync() => await App.DisposeAsync();

        private StorageClients CrashingStorage()
        {
            var options = new TableClientOptions();
            options.AddPolicy(Crash, HttpPipelinePosition.PerCall);
            return new StorageClients(
                new TableServiceClient(AzuriteServer.ConnectionString, options),
                new BlobServiceClient(AzuriteServer.ConnectionString));
        }
    }
}
