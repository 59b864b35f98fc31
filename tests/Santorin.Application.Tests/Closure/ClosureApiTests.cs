using Santorin.Application.Tests.Harness;
using Santorin.Testing;

namespace Santorin.Application.Tests.Closure;

public sealed class ClosureApiTests(ClosureApiTests.Fixture fixture) : IClassFixture<ClosureApiTests.Fixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task Start_PartialClosure_SendsExactlyTheGradesOfLockedLots()
    {
        var examId = AzuriteServer.UniqueName("partial");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4, lotLocked: lot => lot < 2);
        await App.ImportAsync(examId, exam);

        var run = await App.CloseAsync(examId);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("partial", run.GetProperty("kind").GetString());
        var locked = ExamBodies.Lots(exam).Where(lot => (bool)lot["locked"]!)
            .SelectMany(lot => lot["copies"]!.AsArray()).Select(copy => (string)copy!["candidate"]!).ToHashSet();
        Assert.Equal(locked.Count, run.GetProperty("cyclades").GetProperty("accepted").GetInt32());
        foreach (var copy in ExamBodies.Copies(exam))
        {
            var candidate = (string)copy["candidate"]!;
            var held = App.Simulators.Cyclades.GradeOf(examId, candidate);
            var sent = ((decimal)copy["grade"]!).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(locked.Contains(candidate) ? sent : null, held);
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
