using Santorin.Infrastructure.External;
using static Santorin.Infrastructure.Tests.Cyclades.CycladesClientTests;

namespace Santorin.Infrastructure.Tests.External;

public sealed class UnexpectedAnswerTests
{
    [Fact]
    public async Task PutGradesAsync_ResultsOutOfStepWithTheLines_FailsWithResponseInvalid()
    {
        await using var stub = await StubServer.StartAsync(
            200,
            "application/json",
            """{"results":[{"candidate":"B","status":"accepted"},{"candidate":"A","status":"accepted"}]}""");
        using var clients = ExternalClients.Create(stub.BaseUrl, "key", stub.BaseUrl, "key");
        var sut = clients.Cyclades;

        var result = await sut.PutGradesAsync("exam", "key-1", [Line("A", 1m), Line("B", 2m)], CancellationToken.None);

        AssertFailure(
            result,
            ExternalFailureKind.InvalidResponse,
            200,
            ExternalErrorCodes.ResponseInvalid,
            "forme attendue");
    }

    [Fact]
    public async Task GetPublicationAsync_SuccessWithoutPublishedField_FailsWithResponseInvalid()
    {
        await using var stub = await StubServer.StartAsync(200, "application/json", """{"examId":"exam"}""");
        using var clients = ExternalClients.Create(stub.BaseUrl, "key", stub.BaseUrl, "key");
        var sut = clients.Cyclades;

        var result = await sut.GetPublicationAsync("exam", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.InvalidResponse, 200, ExternalErrorCodes.ResponseInvalid, "Cyclades");
    }

    [Fact]
    public async Task DeclareWorkDoneAsync_ProxyHtmlRefusal_FailsOnceWithTheStatusAndNoCode()
    {
        await using var stub = await StubServer.StartAsync(403, "text/html", "<html><body>Forbidden</body></html>");
        using var clients = ExternalClients.Create(stub.BaseUrl, "key", stub.BaseUrl, "key");
        var sut = clients.Imagin;

        var result = await sut.DeclareWorkDoneAsync(
            "exam",
            "corr",
            3,
            FakeClock.Start,
            "key-1",
            CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Refused, 403, ExternalErrorCodes.Refused, "HTTP 403");
        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public async Task GetPublicationAsync_ProxyHtml502_RetriesThenFailsAsUnavailable()
    {
        await using var stub = await StubServer.StartAsync(502, "text/html", "<html>Bad gateway</html>");
        using var clients = ExternalClients.Create(
            stub.BaseUrl,
            "key",
            stub.BaseUrl,
            "key",
            configure: settings => settings["Cyclades:MaxRetryAttempts"] = "3");
        var sut = clients.Cyclades;

        var result = await sut.GetPublicationAsync("exam", CancellationToken.None);

        AssertFailure(result, ExternalFailureKind.Unavailable, 502, ExternalErrorCodes.Unavailable, "indisponible");
        Assert.Equal(4, stub.Requests);
    }
}
