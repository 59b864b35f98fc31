using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Santorin.Core.Closure;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Tests.External;
using Santorin.Simulators;
using Santorin.Simulators.Faults;
using Santorin.Simulators.Http;
using static Santorin.Infrastructure.Tests.Cyclades.CycladesClientTests;

namespace Santorin.Infrastructure.Tests.Cyclades;

public sealed class CycladesResilienceTests
{
    private const string ExamId = "bac-2026-maths";

    [Fact]
    public async Task PutGradesAsync_ThirtyPercentOf503_EveryBatchAcceptedAndEachGradeAppliedOnce()
    {
        var candidates = Enumerable.Range(0, 400).Select(i => $"026{i:D8}").ToArray();
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, candidates);
        server.Cyclades.Faults.Set(new FaultSettings { Seed = 2026, UnavailableRate = 0.3 });
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var results = new List<GradeBatchResult>();
        foreach (var (batch, index) in candidates.Chunk(50).Select((batch, index) => (batch, index)))
        {
            var lines = batch.Select(candidate => Line(candidate, 12.25m)).ToArray();
            var result = await sut.PutGradesAsync(ExamId, $"run-1-batch-{index}", lines, CancellationToken.None);
            Assert.True(result.Succeeded, result.Failure?.Message);
            results.Add(result.Value);
        }

        Assert.All(results.SelectMany(result => result.Lines), line => Assert.True(line.Accepted));
        Assert.All(candidates, candidate => Assert.Equal(1, server.Cyclades.ApplicationsOf(ExamId, candidate)));
        Assert.Contains(server.Cyclades.Calls, call => call.Outcome == CallOutcomes.FaultUnavailable);
        Assert.Equal(8, server.Cyclades.Calls.Count(call => call.Outcome == CallOutcomes.Applied));
    }

    [Fact]
    public async Task PutGradesAsync_ConnectionDroppedAfterApply_RetryGetsTheFirstAnswerAndAppliesOnce()
    {
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001", "026002"]);
        server.Cyclades.Faults.Set(new FaultSettings { Next = [FaultKind.DropAfterApply] });
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        GradeLine[] lines = [Line("026001", 8m), Line("026999", 9m)];

        var result = await sut.PutGradesAsync(ExamId, "run-7-batch-3", lines, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(result.Value.Lines[0].Accepted);
        Assert.Equal(ExternalErrorCodes.CandidateUnknown, result.Value.Lines[1].Code);
        Assert.Equal(1, server.Cyclades.ApplicationsOf(ExamId, "026001"));
        var outcomes = server.Cyclades.Calls.Select(call => (call.IdempotencyKey, call.Outcome));
        Assert.Equal(
            [("run-7-batch-3", CallOutcomes.DroppedAfterApply), ("run-7-batch-3", CallOutcomes.Replayed)],
            outcomes);
    }

    [Fact]
    public async Task PutGradesAsync_TooManyRequestsWithRetryAfter3_RetriesNoSoonerThan3SecondsOnTheFakeClock()
    {
        var time = new FakeTimeProvider(FakeClock.Start);
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { TimeProvider = time });
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Cyclades.Faults.Set(new FaultSettings { Next = [FaultKind.TooManyRequests], RetryAfterSeconds = 3 });
        using var clients = ExternalClients.For(server, time, LongTimeouts);
        var sut = clients.Cyclades;

        var result = await FakeClock.RunAsync(
            time,
            sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("026001", 10m)], CancellationToken.None),
            TimeSpan.FromMilliseconds(100));

        Assert.True(result.Succeeded, result.Failure?.Message);
        var calls = server.Cyclades.Calls;
        Assert.Equal([CallOutcomes.FaultTooManyRequests, CallOutcomes.Applied], calls.Select(call => call.Outcome));
        Assert.True(
            calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromSeconds(3),
            $"Retried after {calls[1].ReceivedAt - calls[0].ReceivedAt}.");
    }

    [Fact]
    public async Task PutGradesAsync_Permanent422_CallsExactlyOnce()
    {
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("026001", 10m)], CancellationToken.None);

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("026001", 11m)], CancellationToken.None);

        Assert.Equal(ExternalErrorCodes.IdempotencyKeyReused, result.Failure?.Code);
        Assert.Equal(1, server.Cyclades.Calls.Count(call => call.Status == 422));
        Assert.Equal(2, server.Cyclades.CallCount);
    }

    [Fact]
    public async Task PutGradesAsync_Permanent409_CallsExactlyOnce()
    {
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Cyclades.Publish(ExamId);
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("026001", 10m)], CancellationToken.None);

        Assert.Equal(ExternalErrorCodes.ExamPublished, result.Failure?.Code);
        Assert.Equal(1, server.Cyclades.CallCount);
    }

    [Fact]
    public async Task GetPublicationAsync_Only503s_BreakerOpensAndLaterCallsFailFastWithoutReachingTheService()
    {
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Cyclades.Faults.Set(new FaultSettings { UnavailableRate = 1 });
        using var clients = ExternalClients.For(server, configure: SmallBreaker);
        var sut = clients.Cyclades;
        var first = await sut.GetPublicationAsync(ExamId, CancellationToken.None);
        var callsWhenOpened = server.Cyclades.CallCount;

        var later = await sut.GetPublicationAsync(ExamId, CancellationToken.None);

        AssertFailure(first, ExternalFailureKind.Unavailable, 503, "service-unavailable", "indisponible (HTTP 503)");
        AssertFailure(later, ExternalFailureKind.Unavailable, null, ExternalErrorCodes.CircuitOpen, "hors service");
        Assert.Equal(3, callsWhenOpened);
        Assert.Equal(callsWhenOpened, server.Cyclades.CallCount);
    }

    [Fact]
    public async Task GetPublicationAsync_DeadService_BreakerOpensAndLaterCallsFailFast()
    {
        var dead = new Uri($"http://127.0.0.1:{UnusedPort()}/cyclades");
        using var clients = ExternalClients.Create(dead, "key", dead, "key", configure: SmallBreaker);
        var sut = clients.Cyclades;
        var first = await sut.GetPublicationAsync(ExamId, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var later = await sut.GetPublicationAsync(ExamId, CancellationToken.None);
        watch.Stop();

        AssertFailure(first, ExternalFailureKind.Unavailable, null, ExternalErrorCodes.Unreachable, "injoignable");
        AssertFailure(later, ExternalFailureKind.Unavailable, null, ExternalErrorCodes.CircuitOpen, "hors service");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"The open circuit took {watch.Elapsed}.");
    }

    [Fact]
    public async Task GetPublicationAsync_AfterTheBreakDuration_LetsACallThroughAgain()
    {
        var time = new FakeTimeProvider(FakeClock.Start);
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { TimeProvider = time });
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Cyclades.Faults.Set(new FaultSettings { UnavailableRate = 1 });
        using var clients = ExternalClients.For(server, time, settings =>
        {
            SmallBreaker(settings);
            LongTimeouts(settings);
        });
        var sut = clients.Cyclades;
        await FakeClock.RunAsync(
            time,
            sut.GetPublicationAsync(ExamId, CancellationToken.None),
            TimeSpan.FromMilliseconds(5));
        server.Cyclades.Faults.Clear();
        time.Advance(TimeSpan.FromSeconds(31));

        var result = await sut.GetPublicationAsync(ExamId, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
    }

    [Fact]
    public async Task PutGradesAsync_ServiceSlowerThanTheTotalTimeout_FailsWithTimeout()
    {
        await using var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Cyclades.Faults.Set(new FaultSettings { LatencyMilliseconds = 5_000 });
        using var clients = ExternalClients.For(server, configure: settings =>
        {
            settings["Cyclades:AttemptTimeout"] = "00:00:00.200";
            settings["Cyclades:TotalTimeout"] = "00:00:00.700";
        });
        var sut = clients.Cyclades;

        var watch = Stopwatch.StartNew();
        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("026001", 10m)], CancellationToken.None);
        watch.Stop();

        AssertFailure(result, ExternalFailureKind.Unavailable, null, ExternalErrorCodes.Timeout, "dans les délais");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"The call took {watch.Elapsed}.");
        Assert.Null(server.Cyclades.GradeOf(ExamId, "026001"));
    }

    private static void SmallBreaker(Dictionary<string, string?> settings)
    {
        settings["Cyclades:MaxRetryAttempts"] = "2";
        settings["Cyclades:BreakerMinimumThroughput"] = "3";
        settings["Cyclades:BreakDuration"] = "00:00:30";
    }

    private static void LongTimeouts(Dictionary<string, string?> settings)
    {
        // The fake clock moves while real HTTP is in flight: timeouts must not fire on that.
        settings["Cyclades:AttemptTimeout"] = "00:10:00";
        settings["Cyclades:TotalTimeout"] = "01:00:00";
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
