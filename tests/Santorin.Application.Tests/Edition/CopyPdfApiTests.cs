using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Santorin.Application.Tests.Harness;
using Santorin.Testing;
using UglyToad.PdfPig;

namespace Santorin.Application.Tests.Edition;

public sealed class CopyPdfApiTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task RenderPdf_CorrectedCopy_IsServedThroughAReadOnlyLink()
    {
        var examId = AzuriteServer.UniqueName("pdf");
        var exam = ExamBodies.Create(candidates: 10, correctors: 2, kind: "exam");
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);
        var number = ExamBodies.Number(1);
        using var sut = App.Client(SantorinApp.Corrector("C0001"));

        using var response = await sut.PostAsync($"/api/exams/{examId}/candidates/{number}/pdf", null);

        await ApiAssert.StatusAsync(HttpStatusCode.OK, response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.EnumerateObject().Count());
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
        using var download = new HttpClient();
        using var pdf = await download.GetAsync(body.GetProperty("url").GetString());
        await ApiAssert.StatusAsync(HttpStatusCode.OK, pdf);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{number}_NOM1_Prenom1.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, body.GetProperty("bytes").GetInt64());
        using var document = PdfDocument.Open(bytes);
        Assert.Equal(body.GetProperty("pages").GetInt32(), document.NumberOfPages);
        Assert.Equal(3, document.NumberOfPages);
        var text = string.Join('\n', document.GetPages().Select(page => page.Text));
        Assert.Contains(number, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderPdf_Twice_ReusesTheSameBlob()
    {
        var examId = AzuriteServer.UniqueName("reuse");
        var exam = ExamBodies.Create(candidates: 10, correctors: 2);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(examId, exam);
        var url = $"/api/exams/{examId}/candidates/{ExamBodies.Number(2)}/pdf";
        using var sut = App.Client(SantorinApp.Manager);

        var first = await RenderAsync(sut, url);
        var second = await RenderAsync(sut, url);

        Assert.Equal(new Uri(first.Url).AbsolutePath, new Uri(second.Url).AbsolutePath);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Single(await EditionStorage.DocumentsUnderAsync($"copies/{examId}/"));
    }

    [Fact]
    public async Task RenderPdf_Refusals_ComeInTheContractsOrderAndWriteNothing()
    {
        var competitive = AzuriteServer.UniqueName("refusals");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4, lotLocked: lot => lot != 2);
        ExamBodies.Copies(exam).First(copy => (string)copy["candidate"]! == ExamBodies.Number(5))["grade"] = null;
        await App.ImportAsync(competitive, exam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(
            competitive, exam, (candidate, page) => candidate == ExamBodies.Number(1) && page == 2);
        var notCompetitive = AzuriteServer.UniqueName("notcompetitive");
        await App.ImportAsync(notCompetitive, ExamBodies.Create(candidates: 10, kind: "exam"), seedSimulators: false);
        var harmonised = AzuriteServer.UniqueName("harmonised");
        var harmonisedExam = ExamBodies.Create(candidates: 10, kind: "exam", marking: "harmonised");
        await App.ImportAsync(harmonised, harmonisedExam, seedSimulators: false);
        await EditionStorage.UploadScansAsync(harmonised, harmonisedExam);
        using var manager = App.Client(SantorinApp.Manager);
        using var c1 = App.Client(SantorinApp.Corrector("C0001"));
        using var c3 = App.Client(SantorinApp.Corrector("C0003"));
        using var noRole = App.Client(EditionFixture.NoRole);
        using var anonymous = App.Client(null);

        // Candidates are dealt in turn: 1, 5, 9… to C0001, 3, 7… to C0003, whose lot is not locked.
        await RefusedAsync(anonymous, harmonised, "123", HttpStatusCode.Unauthorized, "unauthenticated");
        await RefusedAsync(noRole, "-x", "123", HttpStatusCode.BadRequest, "exam-id-invalid");
        await RefusedAsync(noRole, harmonised + "x", "123", HttpStatusCode.NotFound, "exam-not-found");
        await RefusedAsync(noRole, harmonised, "123", HttpStatusCode.Forbidden, "forbidden");
        await RefusedAsync(manager, harmonised, ExamBodies.Number(1), HttpStatusCode.Conflict, "edition-unavailable");
        await RefusedAsync(c1, harmonised, ExamBodies.Number(1), HttpStatusCode.Conflict, "edition-unavailable");
        await RefusedAsync(manager, notCompetitive, "nobody", HttpStatusCode.Forbidden, "edition-forbidden");
        await RefusedAsync(c1, competitive, "nobody", HttpStatusCode.NotFound, "candidate-not-found");
        await RefusedAsync(c1, competitive, ExamBodies.Number(3), HttpStatusCode.Forbidden, "edition-forbidden");
        await RefusedAsync(c1, competitive, ExamBodies.Number(10), HttpStatusCode.Forbidden, "edition-forbidden");
        await RefusedAsync(c3, competitive, ExamBodies.Number(3), HttpStatusCode.Conflict, "copy-not-corrected");
        await RefusedAsync(c1, competitive, ExamBodies.Number(5), HttpStatusCode.Conflict, "copy-not-corrected");
        await RefusedAsync(manager, competitive, ExamBodies.Number(10), HttpStatusCode.Conflict, "copy-not-corrected");
        var missing = await RefusedAsync(
            c1, competitive, ExamBodies.Number(1), HttpStatusCode.Conflict, "scans-missing");

        Assert.Contains("page 2", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(ExamBodies.Number(1), missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"copies/{competitive}/"));
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"copies/{harmonised}/"));
        Assert.Empty(await EditionStorage.DocumentsUnderAsync($"copies/{notCompetitive}/"));
    }

    private static async Task<JsonElement> RefusedAsync(
        HttpClient client,
        string examId,
        string number,
        HttpStatusCode status,
        string code)
    {
        using var response = await client.PostAsync($"/api/exams/{examId}/candidates/{number}/pdf", null);
        return await ApiAssert.ProblemAsync(status, code, response);
    }

    private static async Task<(string Url, long Bytes)> RenderAsync(HttpClient client, string url)
    {
        using var response = await client.PostAsync(url, null);
        await ApiAssert.StatusAsync(HttpStatusCode.OK, response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("url").GetString()!, body.GetProperty("bytes").GetInt64());
    }
}
