using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Imagin;
using Santorin.Infrastructure.Tests.External;
using Santorin.Simulators;
using Santorin.Simulators.Faults;
using Santorin.Simulators.Http;
using static Santorin.Infrastructure.Tests.Cyclades.CycladesClientTests;

namespace Santorin.Infrastructure.Tests.Imagin;

public sealed class ImaginClientTests
{
    private const string ExamId = "bac-2026-philo";
    private const string CorrectorId = "corr-0042";

    [Fact]
    public async Task DeclareWorkDoneAsync_KnownCorrector_IsRecorded()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 118, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(new WorkDoneRecorded(ExamId, CorrectorId, 118), result.Value);
        var declaration = server.Imagin.DeclarationOf(ExamId, CorrectorId);
        Assert.Equal((118, FakeClock.Start, 1), (declaration.Copies, declaration.DeclaredAt, declaration.Declarations));
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_PayClosedWithAnotherNumber_FailsWithPaymentClosedInOneCall()
    {
        await using var server = await StartSeededAsync();
        server.Imagin.ClosePay(ExamId, CorrectorId, 100);
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 118, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 409, ExternalErrorCodes.PaymentClosed, "paie");
        Assert.Equal(1, server.Imagin.CallCount);
        Assert.Null(server.Imagin.DeclarationOf(ExamId, CorrectorId).Copies);
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_PayClosedWithTheSameNumber_IsRecorded()
    {
        await using var server = await StartSeededAsync();
        server.Imagin.ClosePay(ExamId, CorrectorId, 118);
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 118, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
    }

    [Theory]
    [InlineData(ExamId, "corr-9999", ExternalErrorCodes.CorrectorUnknown, "ne connaît pas ce correcteur")]
    [InlineData("other-exam", CorrectorId, ExternalErrorCodes.ExamUnknown, "ne connaît pas cette épreuve")]
    public async Task DeclareWorkDoneAsync_UnknownExamOrCorrector_FailsWith404Code(
        string examId,
        string correctorId,
        string code,
        string messagePart)
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            examId, correctorId, 12, FakeClock.Start, "run-1-x", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 404, code, messagePart);
        Assert.StartsWith("Imag'In", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_NegativeCopies_FailsWithCopiesInvalid()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, -1, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 422, ExternalErrorCodes.CopiesInvalid, "nombre de copies");
        Assert.Equal(1, server.Imagin.CallCount);
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_SameKeyOtherBody_FailsWithIdempotencyKeyReused()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;
        await sut.DeclareWorkDoneAsync(
            ExamId,
            CorrectorId,
            118,
            FakeClock.Start,
            "run-1-corr-0042",
            CancellationToken.None);

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 119, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 422, ExternalErrorCodes.IdempotencyKeyReused, "même clé");
        Assert.Equal(118, server.Imagin.DeclarationOf(ExamId, CorrectorId).Copies);
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_WrongApiKey_FailsWithApiKeyInvalid()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.Create(
            server.CycladesBaseUrl,
            server.CycladesApiKey,
            server.ImaginBaseUrl,
            "nope");
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 118, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 401, ExternalErrorCodes.ApiKeyInvalid, "clé d'API");
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_ConnectionDroppedAfterApply_RetryGetsTheFirstAnswerAndRecordsOnce()
    {
        await using var server = await StartSeededAsync();
        server.Imagin.Faults.Set(new FaultSettings { Next = [FaultKind.DropAfterApply] });
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            ExamId, CorrectorId, 118, FakeClock.Start, "run-1-corr-0042", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(1, server.Imagin.DeclarationOf(ExamId, CorrectorId).Declarations);
        Assert.Equal(
            [CallOutcomes.DroppedAfterApply, CallOutcomes.Replayed],
            server.Imagin.Calls.Select(call => call.Outcome));
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_ThirtyPercentOf503_EveryDeclarationRecordedOnce()
    {
        var correctors = Enumerable.Range(0, 40).Select(i => $"corr-{i:D4}").ToArray();
        await using var server = await SimulatorServer.StartAsync();
        server.Imagin.SeedExam(ExamId, correctors);
        server.Imagin.Faults.Set(new FaultSettings { Seed = 7, UnavailableRate = 0.3 });
        using var clients = ExternalClients.For(server);
        var sut = clients.Imagin;

        foreach (var corrector in correctors)
        {
            var result = await sut.DeclareWorkDoneAsync(
                ExamId, corrector, 20, FakeClock.Start, $"run-1-{corrector}", CancellationToken.None);
            Assert.True(result.Succeeded, result.Failure?.Message);
        }

        Assert.All(
            correctors,
            corrector => Assert.Equal(1, server.Imagin.DeclarationOf(ExamId, corrector).Declarations));
        Assert.Contains(server.Imagin.Calls, call => call.Outcome == CallOutcomes.FaultUnavailable);
    }

    [Theory]
    [InlineData("2026-06-24T16:05:00Z", "2026-06-24T16:05:00Z")]
    [InlineData("2026-06-24T18:05:00+02:00", "2026-06-24T16:05:00Z")]
    [InlineData("2026-06-24T16:05:00.25Z", "2026-06-24T16:05:00.25Z")]
    public void FormatInstant_AnyOffset_WritesTheSameUtcText(string instant, string expected)
    {
        var value = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        var text = ImaginClient.FormatInstant(value);

        Assert.Equal(expected, text);
    }

    private static async Task<SimulatorServer> StartSeededAsync()
    {
        var server = await SimulatorServer.StartAsync();
        server.Imagin.SeedExam(ExamId, [CorrectorId, "corr-0043"]);
        return server;
    }
}
