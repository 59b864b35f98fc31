using Microsoft.Extensions.Time.Testing;
using Santorin.Core.Closure;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Tests.External;
using Santorin.Simulators;

namespace Santorin.Infrastructure.Tests.Cyclades;

public sealed class CycladesClientTests
{
    private const string ExamId = "bac-2026-philo";

    private static readonly string[] Candidates = ["02612345678", "02612345679", "02612345680"];

    [Fact]
    public async Task GetPublicationAsync_UnpublishedExam_ReturnsNotPublished()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.GetPublicationAsync(ExamId, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(new CycladesPublication(false, null), result.Value);
    }

    [Fact]
    public async Task GetPublicationAsync_PublishedExam_ReturnsPublicationDate()
    {
        var time = new FakeTimeProvider(FakeClock.Start);
        await using var server = await StartSeededAsync(new SimulatorOptions { TimeProvider = time });
        server.Cyclades.Publish(ExamId);
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.GetPublicationAsync(ExamId, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(new CycladesPublication(true, FakeClock.Start), result.Value);
    }

    [Fact]
    public async Task GetPublicationAsync_UnknownExam_FailsWithExamUnknown()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.GetPublicationAsync("unknown-exam", CancellationToken.None);

        AssertFailure(
            result,
            ExternalFailureKind.Refused,
            404,
            ExternalErrorCodes.ExamUnknown,
            "ne connaît pas cette épreuve");
        Assert.Equal(1, server.Cyclades.CallCount);
    }

    [Fact]
    public async Task PutGradesAsync_ValidLines_AcceptsEveryLineAndSimulatorHoldsThem()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        GradeLine[] lines = [Line(Candidates[0], 14.5m), Line(Candidates[1], 20m), Absent(Candidates[2])];

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.All(result.Value.Lines, line => Assert.True(line.Accepted));
        Assert.Equal(Candidates, result.Value.Lines.Select(line => line.Candidate));
        Assert.Equal("14.50", server.Cyclades.GradeOf(ExamId, Candidates[0]));
        Assert.Equal("20.00", server.Cyclades.GradeOf(ExamId, Candidates[1]));
        Assert.Equal("ABS", server.Cyclades.GradeOf(ExamId, Candidates[2]));
    }

    [Fact]
    public async Task PutGradesAsync_RejectedLines_ReportsCodeAndFrenchMessagePerLine()
    {
        await using var server = await StartSeededAsync(maximum: 10m);
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        GradeLine[] lines =
        [
            Line(Candidates[0], 9.5m),
            Line("09999999999", 12m),
            Line(Candidates[1], 10.01m),
            Line(Candidates[2], 3m),
            Line(Candidates[2], 4m),
        ];

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None);

        Assert.True(result.Succeeded);
        var codes = result.Value.Lines.Select(line => line.Code).ToArray();
        string?[] expected =
        [
            null,
            ExternalErrorCodes.CandidateUnknown,
            ExternalErrorCodes.ValueInvalid,
            ExternalErrorCodes.CandidateDuplicate,
            ExternalErrorCodes.CandidateDuplicate,
        ];
        Assert.Equal(expected, codes);
        Assert.All(result.Value.Lines.Skip(1), line => Assert.False(string.IsNullOrWhiteSpace(line.Message)));
        Assert.Equal("Candidat inconnu pour cette épreuve", result.Value.Lines[1].Message);
        Assert.Equal((1, 4), (result.Value.AcceptedCount, result.Value.RejectedCount));
        Assert.Null(server.Cyclades.GradeOf(ExamId, Candidates[1]));
        Assert.Null(server.Cyclades.GradeOf(ExamId, Candidates[2]));
    }

    [Fact]
    public async Task PutGradesAsync_GradeChangedByHandInCyclades_OverwritesIt()
    {
        await using var server = await StartSeededAsync();
        server.Cyclades.ChangeGradeManually(ExamId, Candidates[0], "3.00");
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(
            ExamId,
            "run-2-batch-1",
            [Line(Candidates[0], 15m)],
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("15.00", server.Cyclades.GradeOf(ExamId, Candidates[0]));
    }

    [Fact]
    public async Task PutGradesAsync_WrongApiKey_FailsWithApiKeyInvalidInOneCall()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.Create(
            server.CycladesBaseUrl,
            "wrong-key",
            server.ImaginBaseUrl,
            server.ImaginApiKey);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(
            ExamId,
            "run-1-batch-1",
            [Line(Candidates[0], 12m)],
            CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 401, ExternalErrorCodes.ApiKeyInvalid, "clé d'API");
        Assert.Equal(1, server.Cyclades.CallCount);
    }

    [Fact]
    public async Task PutGradesAsync_UnknownExam_FailsWithExamUnknown()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(
            "other-exam",
            "run-1-batch-1",
            [Line(Candidates[0], 12m)],
            CancellationToken.None);

        AssertFailure(
            result,
            ExternalFailureKind.Refused,
            404,
            ExternalErrorCodes.ExamUnknown,
            "ne connaît pas cette épreuve");
    }

    [Fact]
    public async Task PutGradesAsync_PublishedExam_FailsWithExamPublished()
    {
        await using var server = await StartSeededAsync();
        server.Cyclades.Publish(ExamId);
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(
            ExamId,
            "run-1-batch-1",
            [Line(Candidates[0], 12m)],
            CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 409, ExternalErrorCodes.ExamPublished, "déjà publiés");
        Assert.Null(server.Cyclades.GradeOf(ExamId, Candidates[0]));
    }

    [Fact]
    public async Task PutGradesAsync_SameKeySameBodyAfterPublication_ReturnsFirstAnswerAndChangesNothing()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        GradeLine[] lines = [Line(Candidates[0], 12m), Line("09999999999", 12m)];
        var first = await sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None);
        server.Cyclades.Publish(ExamId);

        var again = await sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None);

        Assert.True(again.Succeeded);
        Assert.Equal(first.Value!.Lines, again.Value.Lines);
        Assert.Equal(1, server.Cyclades.ApplicationsOf(ExamId, Candidates[0]));
    }

    [Fact]
    public async Task PutGradesAsync_SameKeyOtherBody_FailsWithIdempotencyKeyReused()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line(Candidates[0], 12m)], CancellationToken.None);

        var result = await sut.PutGradesAsync(
            ExamId,
            "run-1-batch-1",
            [Line(Candidates[0], 13m)],
            CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 422, ExternalErrorCodes.IdempotencyKeyReused, "même clé");
        Assert.Equal("12.00", server.Cyclades.GradeOf(ExamId, Candidates[0]));
    }

    [Fact]
    public async Task PutGradesAsync_OverTheServiceBatchCap_FailsWithBatchTooLarge()
    {
        await using var server = await StartSeededAsync(new SimulatorOptions { CycladesMaxBatchLines = 2 });
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        var lines = Candidates.Select(candidate => Line(candidate, 10m)).ToArray();

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 400, ExternalErrorCodes.BatchTooLarge, "nombre de lignes");
    }

    [Fact]
    public async Task PutGradesAsync_EmptyCandidateNumber_FailsWithBodyInvalid()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(ExamId, "run-1-batch-1", [Line("", 10m)], CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 400, ExternalErrorCodes.BodyInvalid, "format invalide");
        Assert.NotNull(result.Failure!.Detail);
    }

    [Fact]
    public async Task PutGradesAsync_KeyOver128Characters_FailsWithIdempotencyKeyInvalid()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync(
            ExamId,
            new string('k', 129),
            [Line(Candidates[0], 10m)],
            CancellationToken.None);

        AssertFailure(
            result,
            ExternalFailureKind.Refused,
            400,
            ExternalErrorCodes.IdempotencyKeyInvalid,
            "clé d'idempotence");
    }

    [Fact]
    public async Task PutGradesAsync_MoreLinesThanTheContractAllows_ThrowsBeforeSending()
    {
        await using var server = await StartSeededAsync();
        using var clients = ExternalClients.For(server);
        var sut = clients.Cyclades;
        var lines = Enumerable.Range(0, ICycladesClient.MaxLinesPerCall + 1).Select(i => Line($"c{i}", 1m)).ToArray();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => sut.PutGradesAsync(ExamId, "run-1-batch-1", lines, CancellationToken.None));

        Assert.Equal(0, server.Cyclades.CallCount);
    }

    internal static GradeLine Line(string candidate, decimal grade) =>
        new(candidate, TransmittedValue.Of(Grade.Create(grade, 100m)));

    internal static GradeLine Absent(string candidate) => new(candidate, TransmittedValue.Absent);

    internal static void AssertFailure<T>(
        ExternalResult<T> result,
        ExternalFailureKind kind,
        int? status,
        string code,
        string messagePart)
        where T : class
    {
        Assert.False(result.Succeeded);
        Assert.Equal(kind, result.Failure.Kind);
        Assert.Equal(status, result.Failure.Status);
        Assert.Equal(code, result.Failure.Code);
        Assert.Contains(messagePart, result.Failure.Message, StringComparison.Ordinal);
    }

    private static async Task<SimulatorServer> StartSeededAsync(SimulatorOptions? options = null, decimal maximum = 20m)
    {
        var server = await SimulatorServer.StartAsync(options);
        server.Cyclades.SeedExam(ExamId, maximum, Candidates);
        return server;
    }
}
