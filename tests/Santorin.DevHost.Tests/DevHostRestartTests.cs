using System.Net;
using System.Text.Json.Nodes;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

public sealed class DevHostRestartTests
{
    private const string DemoExam = "api/exams/demo-philo-2026";

    [Fact]
    public async Task Restart_DuringRun_RunCompletesAndSeededExamIsKept()
    {
        var environment = DevHostProcess.OnTestStorage(AzuriteServer.UniqueName("hub"));
        environment["Storage__ExamsTable"] = AzuriteServer.UniqueName("exams");
        environment["Storage__ExamDataTable"] = AzuriteServer.UniqueName("data");
        environment["Storage__LedgerTable"] = AzuriteServer.UniqueName("ledger");
        environment["Closure__BatchSize"] = "50";
        environment["Closure__MaxParallelBatches"] = "1";
        var port = AzuriteServer.FreePort();

        string runPath;
        JsonNode midway;
        await using (var first = await DevHostProcess.StartAsync(port, environment))
        {
            using var client = first.CreateClient();
            await Api.ExpectAsync(
                client,
                HttpMethod.Put,
                "cyclades/_sim/faults",
                HttpStatusCode.OK,
                new JsonObject { ["latencyMilliseconds"] = 400 });
            var started = await Api.ExpectAsync(
                client,
                HttpMethod.Post,
                $"{DemoExam}/closure",
                HttpStatusCode.Accepted);
            runPath = ((string)started["statusUrl"]!).TrimStart('/');
            midway = await Api.PollRunAsync(client, runPath, BatchesStarted, TimeSpan.FromSeconds(60));
            await first.StopAsync();
        }

        await using var sut = await DevHostProcess.StartAsync(port, environment);
        using var again = sut.CreateClient();
        var summary = await Api.ExpectAsync(again, HttpMethod.Get, DemoExam, HttpStatusCode.OK);
        var run = await Api.PollRunAsync(again, runPath, Api.IsFinished, TimeSpan.FromSeconds(90));

        Assert.Equal("running", (string?)midway["status"]);
        Assert.True((int)midway["progress"]!["batchesDone"]! < (int)midway["progress"]!["batches"]!);
        Assert.Contains("not seeded again", sut.Output, StringComparison.Ordinal);
        Assert.Equal(1200, (int)summary["candidates"]!);
        Assert.Equal("completed", (string?)run["status"]);
        Assert.Equal((int)run["progress"]!["grades"]!, (int)run["progress"]!["gradesSent"]!);
        Assert.Equal((int)run["progress"]!["batches"]!, (int)run["progress"]!["batchesDone"]!);
    }

    private static bool BatchesStarted(JsonNode run) =>
        (string?)run["status"] != "pending" && (int?)run["progress"]?["batchesDone"] >= 1
        || Api.IsFinished(run);
}
