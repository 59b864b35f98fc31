using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Application.Tests.Harness;
using Santorin.Testing;
using Xunit.Abstractions;

namespace Santorin.Application.Tests.Closure;

public sealed class ClosureScaleTests(ClosureScaleTests.Fixture fixture, ITestOutputHelper output)
    : IClassFixture<ClosureScaleTests.Fixture>
{
    /// <summary>What "a few kilobytes" means for any orchestration message or custom status.</summary>
    private const int PayloadLimit = 8 * 1024;

    [Fact]
    public async Task Start_HundredThousandCandidates_CompletesWithEveryPayloadAFewKilobytes()
    {
        var app = fixture.App;
        var examId = AzuriteServer.UniqueName("large");
        var exam = LeanExam(candidates: 100_000, correctors: 800);
        var clock = Stopwatch.StartNew();
        await app.ImportAsync(examId, exam);
        var imported = clock.Elapsed;

        var run = await app.CloseAsync(examId);

        output.WriteLine(
            $"import {imported.TotalSeconds:F1} s, closure {(clock.Elapsed - imported).TotalSeconds:F1} s, " +
            $"largest payload {fixture.Converter.Largest} chars ({fixture.Converter.LargestType})");
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("total", run.GetProperty("kind").GetString());
        Assert.Equal(100_000, run.GetProperty("cyclades").GetProperty("accepted").GetInt32());
        Assert.Equal(800, run.GetProperty("imagin").GetProperty("declared").GetInt32());
        Assert.InRange(fixture.Converter.Largest, 1, PayloadLimit);
    }

    /// <summary>No comment nor annotation: the size of the import is not what this test is about.</summary>
    private static JsonObject LeanExam(int candidates, int correctors)
    {
        var exam = ExamBodies.Create(candidates, correctors);
        foreach (var copy in ExamBodies.Copies(exam))
        {
            copy.Remove("comment");
            copy["annotations"] = new JsonArray();
        }

        return exam;
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public MeasuringDataConverter Converter { get; } = new();

        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Closure:BatchSize"] = "500",
                ["Closure:MaxParallelBatches"] = "8",
            },
            services =>
            {
                services.ConfigureAll<DurableTaskWorkerOptions>(options => options.DataConverter = Converter);
                services.ConfigureAll<DurableTaskClientOptions>(options => options.DataConverter = Converter);
            });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
