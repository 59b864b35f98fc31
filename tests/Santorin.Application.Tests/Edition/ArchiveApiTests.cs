using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Application.Edition;
using Santorin.Application.Tests.Harness;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;
using Santorin.Testing;

namespace Santorin.Application.Tests.Edition;

public sealed class ArchiveApiTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task StartArchive_CorrectorsCopies_GivesAValidZipThroughItsLink()
    {
        var examId = AzuriteServer.UniqueName("archive");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4, kind: "exam");
        var ownCopies = CopiesOf(exam, "C0001");
        ownCopies[1]["grade"] = null;
        var first = exam["candidates"]![0]!.AsObject();
        first["lastName"] = "N'Diaye";
        first["firstName"] = "Élodie";
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);
        var corrected = ownCopies.Where(copy => copy["grade"] is not null).ToList();
        using var sut = App.Client(SantorinApp.Corrector("C0001"));

        using var response = await sut.PostAsJsonAsync($"/api/exams/{examId}/archives", new { });

        await ApiAssert.StatusAsync(HttpStatusCode.Accepted, response);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        var archiveId = started.GetProperty("archiveId").GetString()!;
        var statusUrl = started.GetProperty("statusUrl").GetString()!;
        Assert.Equal($"/api/exams/{examId}/archives/{archiveId}", statusUrl);
        Assert.Equal(statusUrl, response.Headers.Location?.OriginalString);
        var archive = await EditionFixture.WaitForArchiveAsync(sut, statusUrl);
        Assert.Equal("completed", archive.GetProperty("status").GetString());
        Assert.Equal(corrected.Count, archive.GetProperty("entries").GetInt32());
        Assert.Equal(corrected.Count, archive.GetProperty("entriesDone").GetInt32());
        Assert.Equal(JsonValueKind.Null, archive.GetProperty("message").ValueKind);
        Assert.Equal(8, archive.EnumerateObject().Count());
        var zip = await DownloadAsync(archive);
        Assert.Equal(zip.Length, archive.GetProperty("bytes").GetInt64());
        var (names, manifest) = await ZipChecks.TestAsync(zip);
        var expected = corrected.Select(copy => Index((string)copy["candidate"]!))
            .Select(index => index == 1
                ? $"{ExamBodies.Number(1)}_N-DIAYE_Elodie.pdf"
                : $"{ExamBodies.Number(index)}_NOM{index}_Prenom{index}.pdf");
        Assert.Equal(["manifest.csv", .. expected], names);
        var rows = manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number;lastName;firstName;grade;pages", rows[0]);
        Assert.Equal($"{ExamBodies.Number(1)};N'Diaye;Élodie;8.50;3", rows[1]);
        Assert.Equal(corrected.Count + 1, rows.Length);
    }

    [Fact]
    public async Task GetArchive_OtherCorrectorOrManager_OnlyTheManagerOfACompetitiveExamSeesIt()
    {
        var examId = AzuriteServer.UniqueName("visibility");
        var exam = ExamBodies.Create(candidates: 10, correctors: 2);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);
        using var owner = App.Client(SantorinApp.Corrector("C0001"));
        var statusUrl = await StartAsync(owner, examId, new { correctorId = "C0001" });
        using var other = App.Client(SantorinApp.Corrector("C0002"));
        using var manager = App.Client(SantorinApp.Manager);
        using var noRole = App.Client(EditionFixture.NoRole);

        using var byOther = await other.GetAsync(statusUrl);
        using var byNoRole = await noRole.GetAsync(statusUrl);
        using var unknown = await owner.GetAsync($"/api/exams/{examId}/archives/nope");
        var byManager = await EditionFixture.WaitForArchiveAsync(manager, statusUrl);

        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "archive-not-found", byOther);
        await ApiAssert.ProblemAsync(HttpStatusCode.Forbidden, "forbidden", byNoRole);
        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "archive-not-found", unknown);
        Assert.Equal("completed", byManager.GetProperty("status").GetString());
    }

    [Fact]
    public async Task StartArchive_300CopiesOfTheWholeExam_ZipsThemAll()
    {
        var examId = AzuriteServer.UniqueName("large");
        var exam = ExamBodies.Create(candidates: 333, correctors: 8);
        foreach (var copy in ExamBodies.Copies(exam))
        {
            copy["pages"] = 1;
            copy["annotations"] = new JsonArray();
        }

        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);
        using var sut = App.Client(SantorinApp.Manager);
        var watch = Stopwatch.StartNew();

        var statusUrl = await StartAsync(sut, examId, new { });
        var archive = await EditionFixture.WaitForArchiveAsync(sut, statusUrl);

        Assert.Equal("completed", archive.GetProperty("status").GetString());
        Assert.Equal(300, archive.GetProperty("entries").GetInt32());
        var zip = await DownloadAsync(archive);
        var (names, manifest) = await ZipChecks.TestAsync(zip);
        Assert.Equal(301, names.Count);
        Assert.Equal(301, manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal($"{ExamBodies.Number(333)}_NOM333_Prenom333.pdf", names[^1]);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"300 copies took {watch.Elapsed}.");
    }

    [Fact]
    public async Task StartArchive_Refusals_ComeInTheContractsOrderAndRecordNothing()
    {
        var competitive = AzuriteServer.UniqueName("refused");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4, lotLocked: lot => lot != 3);
        await App.ImportAsync(competitive, exam, seedSimulators: false);
        var firstMissing = ExamBodies.Number(9);
        await EditionStorage.UploadScansAsync(
            competitive,
            exam,
            (candidate, page) => (candidate == firstMissing && page == 2) || candidate == ExamBodies.Number(11));
        var notCompetitive = AzuriteServer.UniqueName("notcompetitive");
        await App.ImportAsync(notCompetitive, ExamBodies.Create(candidates: 10, kind: "exam"), seedSimulators: false);
        var harmonised = AzuriteServer.UniqueName("harmonised");
        await App.ImportAsync(
            harmonised, ExamBodies.Create(candidates: 10, kind: "exam", marking: "harmonised"), seedSimulators: false);
        using var manager = App.Client(SantorinApp.Manager);
        using var c1 = App.Client(SantorinApp.Corrector("C0001"));
        using var c2 = App.Client(SantorinApp.Corrector("C0002"));
        using var c4 = App.Client(SantorinApp.Corrector("C0004"));
        using var noRole = App.Client(EditionFixture.NoRole);
        using var anonymous = App.Client(null);

        // Present candidates are dealt in turn: C0001 holds 1, 5, 9, 14…, C0002 2, 6, 11…;
        // C0004's lot is not locked.
        await RefusedAsync(anonymous, competitive, "{}", HttpStatusCode.Unauthorized, "unauthenticated");
        await RefusedAsync(noRole, competitive, "{", HttpStatusCode.BadRequest, "body-invalid");
        await RefusedAsync(noRole, competitive + "x", "{}", HttpStatusCode.NotFound, "exam-not-found");
        await RefusedAsync(noRole, competitive, "{}", HttpStatusCode.Forbidden, "forbidden");
        await RefusedAsync(manager, harmonised, "{}", HttpStatusCode.Conflict, "edition-unavailable");
        await RefusedAsync(manager, notCompetitive, "{}", HttpStatusCode.Forbidden, "edition-forbidden");
        var other = """{"correctorId":"C0002"}""";
        var nobody = """{"correctorId":"C0009"}""";
        await RefusedAsync(c1, competitive, other, HttpStatusCode.Forbidden, "edition-forbidden");
        await RefusedAsync(c4, competitive, "{}", HttpStatusCode.Conflict, "nothing-to-archive");
        await RefusedAsync(manager, competitive, nobody, HttpStatusCode.Conflict, "nothing-to-archive");
        var c1Missing = await RefusedAsync(c1, competitive, "", HttpStatusCode.Conflict, "scans-missing");
        var wholeMissing = await RefusedAsync(manager, competitive, "{}", HttpStatusCode.Conflict, "scans-missing");
        var c2Missing = await RefusedAsync(c2, competitive, "{}", HttpStatusCode.Conflict, "scans-missing");

        Assert.Contains($"« {firstMissing} »", c1Missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("page 2", c1Missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            $"« {firstMissing} »", wholeMissing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            $"« {ExamBodies.Number(11)} »", c2Missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await EditionStorage.ArchivesRecordedAsync(competitive));
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"archives/{competitive}/"));
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"copies/{competitive}/"));
    }

    [Fact]
    public async Task Archive_ExamReplacedAfterTheRequest_FailsWithAFrenchMessage()
    {
        var examId = AzuriteServer.UniqueName("replaced");
        var exam = ExamBodies.Create(candidates: 10, correctors: 1);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);

        var archive = await RunArchiveAsync(examId, dataVersion: "replaced-since", entries: 9);

        Assert.Equal("failed", archive.GetProperty("status").GetString());
        Assert.Equal(ArchiveActivities.ExamReplacedMessage, archive.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, archive.GetProperty("url").ValueKind);
        Assert.Equal(0, archive.GetProperty("entriesDone").GetInt32());
    }

    [Fact]
    public async Task Archive_ScanRemovedAfterTheRequest_FailsNamingTheCandidate()
    {
        var examId = AzuriteServer.UniqueName("removed");
        var exam = ExamBodies.Create(candidates: 60, correctors: 1);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam, (candidate, _) => candidate == ExamBodies.Number(42));
        var summary = await App.Services.GetRequiredService<TableCorrectionStore>().GetSummaryAsync(examId, default);

        var archive = await RunArchiveAsync(examId, summary!.DataVersion, entries: 54);

        Assert.Equal("failed", archive.GetProperty("status").GetString());
        Assert.Equal(
            $"La page 1 de la copie du candidat « {ExamBodies.Number(42)} » n'a pas été numérisée.",
            archive.GetProperty("message").GetString());
        // Candidate 42 is the 38th copy: chunk 1 stops, chunk 0 beside it ends, chunk 2 never starts.
        Assert.Equal(25, archive.GetProperty("entriesDone").GetInt32());
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"archives/{examId}/"));
    }

    /// <summary>
    /// Records a manager's whole-exam archive as the POST would, on the given data version, and
    /// runs its orchestration: the way to reach what happens after the checks, deterministically.
    /// </summary>
    private async Task<JsonElement> RunArchiveAsync(string examId, string dataVersion, int entries)
    {
        var archiveId = AzuriteServer.UniqueName("a");
        var record = new ArchiveRecord(
            examId, archiveId, dataVersion, true, null, null, ExamSettings.Default, ArchiveStatuses.Running,
            entries, 0, $"archives/{examId}/{archiveId}.zip", "copies.zip", null, DateTimeOffset.UtcNow, null);
        await App.Services.GetRequiredService<ArchiveStore>().AddAsync(record, default);
        var input = new ArchiveInput(examId, archiveId, entries, ChunkSize: 25, MaxParallelChunks: 2);
        var start = new StartOrchestrationOptions(EditionHandlers.InstanceId(examId, archiveId));
        await App.Services.GetRequiredService<DurableTaskClient>()
            .ScheduleNewOrchestrationInstanceAsync(ArchiveOrchestration.Name, input, start);

        using var client = App.Client(SantorinApp.Manager);
        return await EditionFixture.WaitForArchiveAsync(client, $"/api/exams/{examId}/archives/{archiveId}");
    }

    private static List<JsonObject> CopiesOf(JsonObject exam, string correctorId) =>
        ExamBodies.Lots(exam).Single(lot => (string)lot["correctorId"]! == correctorId)["copies"]!.AsArray()
            .Select(copy => copy!.AsObject())
            .ToList();

    private static int Index(string number) => int.Parse(number[3..], CultureInfo.InvariantCulture);

    private static async Task<string> StartAsync(HttpClient client, string examId, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/exams/{examId}/archives", body);
        await ApiAssert.StatusAsync(HttpStatusCode.Accepted, response);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return started.GetProperty("statusUrl").GetString()!;
    }

    private static async Task<byte[]> DownloadAsync(JsonElement archive)
    {
        Assert.True(archive.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        using var download = new HttpClient();
        using var response = await download.GetAsync(archive.GetProperty("url").GetString());
        await ApiAssert.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<JsonElement> RefusedAsync(
        HttpClient client,
        string examId,
        string body,
        HttpStatusCode status,
        string code)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/api/exams/{examId}/archives", content);
        return await ApiAssert.ProblemAsync(status, code, response);
    }
}
