using Azure;
using Azure.Data.Tables;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.Imagin;
using Santorin.Infrastructure.Storage;
using Santorin.Simulators;

namespace Santorin.DevHost.Simulators;

/// <summary>
/// Cyclades and Imag'In simulated on the host itself, under <c>/cyclades</c> and <c>/imagin</c>,
/// for each of them whose <c>BaseUrl</c> is not configured. Their state is in memory: at start
/// they learn every exam the store holds, and then each exam imported through the API, so that a
/// closure can be tried at once. An exam they already know is left as it is (its grades held,
/// its declarations), so an import that adds candidates leaves those unknown to Cyclades.
/// </summary>
internal sealed class InProcessSimulators(
    SimulatorOptions options,
    bool cyclades,
    bool imagin,
    TableServiceClient tables,
    StorageOptions storage,
    TableCorrectionStore store,
    ILogger<InProcessSimulators> logger)
{
    private SimulatedSystems? _systems;

    public bool SimulatesCyclades => cyclades;

    public bool SimulatesImagin => imagin;

    public bool Any => cyclades || imagin;

    /// <summary>
    /// Points the API's clients at the simulators mounted on <paramref name="host"/>, for each
    /// system not configured; answers which are simulated.
    /// </summary>
    public static (bool Cyclades, bool Imagin) Configure(
        IConfiguration configuration,
        Uri host,
        SimulatorOptions options)
    {
        var root = host.GetLeftPart(UriPartial.Authority);
        var cyclades = string.IsNullOrWhiteSpace(configuration[$"{CycladesOptions.SectionName}:BaseUrl"]);
        var imagin = string.IsNullOrWhiteSpace(configuration[$"{ImaginOptions.SectionName}:BaseUrl"]);
        if (cyclades)
        {
            configuration[$"{CycladesOptions.SectionName}:BaseUrl"] = root + SimulatorEndpoints.CycladesPrefix;
            configuration[$"{CycladesOptions.SectionName}:ApiKey"] = options.CycladesApiKey;
        }

        if (imagin)
        {
            configuration[$"{ImaginOptions.SectionName}:BaseUrl"] = root + SimulatorEndpoints.ImaginPrefix;
            configuration[$"{ImaginOptions.SectionName}:ApiKey"] = options.ImaginApiKey;
        }

        return (cyclades, imagin);
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        if (Any)
        {
            _systems = endpoints.MapSimulators(options);
        }
    }

    /// <summary>Makes every exam of the store known to the simulators.</summary>
    public async Task RegisterStoredExamsAsync(CancellationToken cancellationToken)
    {
        if (_systems is null)
        {
            return;
        }

        var count = 0;
        foreach (var examId in await StoredExamIdsAsync(cancellationToken))
        {
            if (await RegisterAsync(examId, cancellationToken))
            {
                count++;
            }
        }

        Logs.SimulatorsSeeded(logger, count);
    }

    /// <summary>Makes one stored exam known to the simulators that do not know it yet.</summary>
    public async Task<bool> RegisterAsync(string examId, CancellationToken cancellationToken)
    {
        if (_systems is null || (!NeedsCyclades(examId) && !NeedsImagin(examId)))
        {
            return false;
        }

        var exam = await store.ReadExamAsync(examId, cancellationToken);
        if (exam is null)
        {
            return false;
        }

        Register(exam);
        return true;
    }

    public void Register(Exam exam)
    {
        if (NeedsCyclades(exam.Id))
        {
            _systems!.Cyclades.SeedExam(exam.Id, exam.MaxGrade, exam.Candidates.Select(c => c.Number));
        }

        if (NeedsImagin(exam.Id))
        {
            _systems!.Imagin.SeedExam(exam.Id, exam.Correctors.Select(c => c.Id));
        }
    }

    private bool NeedsCyclades(string examId) => cyclades && _systems?.Cyclades.FindExam(examId) is null;

    private bool NeedsImagin(string examId) => imagin && _systems?.Imagin.FindExam(examId) is null;

    /// <summary>The exams table holds one header row per exam, keyed by the exam id.</summary>
    private async Task<IReadOnlyList<string>> StoredExamIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var headers = tables.GetTableClient(storage.ExamsTable).QueryAsync<TableEntity>(
            entity => entity.RowKey == "exam",
            select: [nameof(TableEntity.PartitionKey)],
            cancellationToken: cancellationToken);
        try
        {
            await foreach (var header in headers)
            {
                ids.Add(header.PartitionKey);
            }
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            // No table yet: nothing was ever imported into this storage.
        }

        return ids;
    }
}
