using System.Net;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

public sealed class DevHostClosureTests
{
    [Fact]
    public async Task Closure_ImportedExam_RunCompletesWithEveryLockedGradeAccepted()
    {
        var environment = DevHostProcess.OnTestStorage(AzuriteServer.UniqueName("hub"));
        await using var sut = await DevHostProcess.StartAsync(AzuriteServer.FreePort(), environment, "--no-seed");
        using var client = sut.CreateClient();
        var examId = AzuriteServer.UniqueName("exam");
        var exam = $"api/exams/{examId}";

        await Api.ExpectAsync(client, HttpMethod.Put, exam, HttpStatusCode.OK, Api.SmallExam(candidates: 60));
        var summary = await Api.ExpectAsync(client, HttpMethod.Get, exam, HttpStatusCode.OK);
        var before = await Api.ExpectAsync(client, HttpMethod.Get, $"{exam}/closure", HttpStatusCode.OK);
        var preview = await Api.ExpectAsync(client, HttpMethod.Get, $"{exam}/closure/preview", HttpStatusCode.OK);
        var started = await Api.ExpectAsync(client, HttpMethod.Post, $"{exam}/closure", HttpStatusCode.Accepted);
        var statusUrl = ((string)started["statusUrl"]!).TrimStart('/');
        var run = await Api.PollRunAsync(client, statusUrl, Api.IsFinished, TimeSpan.FromSeconds(60));
        var after = await Api.ExpectAsync(client, HttpMethod.Get, $"{exam}/closure", HttpStatusCode.OK);

        Assert.Equal(60, (int)summary["candidates"]!);
        Assert.Equal(1, (int)summary["lockedLots"]!);
        Assert.Equal("none", (string?)before["state"]);
        Assert.Equal(24, (int)preview["grades"]!);
        Assert.Equal("completed", (string?)run["status"]);
        Assert.Equal(24, (int)run["cyclades"]!["accepted"]!);
        Assert.Equal("partial", (string?)after["state"]);
        Assert.Equal(24, (int)after["gradesTransmitted"]!);
    }

    [Fact]
    public async Task Closure_StartedTwice_SecondRefusedWhileFirstRuns()
    {
        var environment = DevHostProcess.OnTestStorage(AzuriteServer.UniqueName("hub"));
        await using var sut = await DevHostProcess.StartAsync(AzuriteServer.FreePort(), environment, "--no-seed");
        using var client = sut.CreateClient();
        var exam = $"api/exams/{AzuriteServer.UniqueName("exam")}";
        await Api.ExpectAsync(client, HttpMethod.Put, exam, HttpStatusCode.OK, Api.SmallExam(candidates: 20));
        await Api.ExpectAsync(
            client,
            HttpMethod.Put,
            "cyclades/_sim/faults",
            HttpStatusCode.OK,
            new System.Text.Json.Nodes.JsonObject { ["latencyMilliseconds"] = 2000 });

        var first = await Api.ExpectAsync(client, HttpMethod.Post, $"{exam}/closure", HttpStatusCode.Accepted);
        var second = await Api.ExpectAsync(client, HttpMethod.Post, $"{exam}/closure", HttpStatusCode.Conflict);

        Assert.Equal("closure-running", (string?)second["code"]);
        Assert.Equal((string?)first["runId"], (string?)second["runId"]);
    }
}
