using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Santorin.Application.Tests.Harness;
using Santorin.Testing;

namespace Santorin.Application.Tests.Edition;

public sealed class CandidateSearchApiTests(EditionFixture fixture) : IClassFixture<EditionFixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task Search_AccentsAndCaseIgnored_FindsTheCandidateWithEveryField()
    {
        var examId = AzuriteServer.UniqueName("search");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4);
        var first = exam["candidates"]![0]!.AsObject();
        first["lastName"] = "Lefèvre";
        first["firstName"] = "Éléonore";
        await App.ImportAsync(examId, exam, seedSimulators: false);
        using var sut = App.Client(SantorinApp.Manager);

        var byLastName = await SearchAsync(sut, examId, "LEFEVRE");
        var byFirstName = await SearchAsync(sut, examId, "eleonore");
        var byNumber = await SearchAsync(sut, examId, "00000001");

        var item = Assert.Single(byLastName.GetProperty("items").EnumerateArray());
        Assert.Equal(1, byLastName.GetProperty("total").GetInt32());
        Assert.Equal(ExamBodies.Number(1), item.GetProperty("number").GetString());
        Assert.Equal("Lefèvre", item.GetProperty("lastName").GetString());
        Assert.Equal("Éléonore", item.GetProperty("firstName").GetString());
        Assert.False(item.GetProperty("absent").GetBoolean());
        Assert.Equal("L0001", item.GetProperty("lotId").GetString());
        Assert.Equal("C0001", item.GetProperty("correctorId").GetString());
        Assert.Equal(8.5m, item.GetProperty("grade").GetDecimal());
        Assert.True(item.GetProperty("corrected").GetBoolean());
        Assert.Equal(8, item.EnumerateObject().Count());
        Assert.Equal(item.GetRawText(), Assert.Single(byFirstName.GetProperty("items").EnumerateArray()).GetRawText());
        Assert.Contains(
            byNumber.GetProperty("items").EnumerateArray(),
            found => found.GetProperty("number").GetString() == ExamBodies.Number(1));
    }

    [Fact]
    public async Task Search_AbsentCandidate_HasNoLotNoGradeAndIsNotCorrected()
    {
        var examId = AzuriteServer.UniqueName("absent");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 20, correctors: 2), seedSimulators: false);
        using var sut = App.Client(SantorinApp.Manager);

        var found = await SearchAsync(sut, examId, "Nom10");

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("absent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("lotId").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("correctorId").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("grade").ValueKind);
        Assert.False(item.GetProperty("corrected").GetBoolean());
    }

    [Fact]
    public async Task Search_Corrector_FindsOnlyTheCandidatesOfTheirLots()
    {
        var examId = AzuriteServer.UniqueName("scope");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        var own = ExamBodies.Lots(exam).Single(lot => (string)lot["correctorId"]! == "C0002")["copies"]!.AsArray()
            .Select(copy => (string)copy!["candidate"]!).ToHashSet();
        using var sut = App.Client(SantorinApp.Corrector("C0002"));
        using var manager = App.Client(SantorinApp.Manager);

        var found = await SearchAsync(sut, examId, "nom", limit: 200);
        var everyone = await SearchAsync(manager, examId, "nom", limit: 200);

        Assert.Equal(own.Count, found.GetProperty("total").GetInt32());
        Assert.Equal(
            own.Order(StringComparer.Ordinal),
            found.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("number").GetString()!)
                .Order(StringComparer.Ordinal));
        Assert.All(
            found.GetProperty("items").EnumerateArray(),
            item => Assert.Equal("C0002", item.GetProperty("correctorId").GetString()));
        Assert.Equal(40, everyone.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_MoreMatchesThanTheLimit_GivesTheLimitAndCountsEveryMatch()
    {
        var examId = AzuriteServer.UniqueName("limit");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 120, correctors: 4), seedSimulators: false);
        using var sut = App.Client(SantorinApp.Manager);

        var limited = await SearchAsync(sut, examId, "prenom", limit: 7);
        var byDefault = await SearchAsync(sut, examId, "prenom");

        Assert.Equal(7, limited.GetProperty("items").GetArrayLength());
        Assert.Equal(120, limited.GetProperty("total").GetInt32());
        Assert.Equal(
            Enumerable.Range(1, 7).Select(ExamBodies.Number),
            limited.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("number").GetString()));
        Assert.Equal(50, byDefault.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Search_AfterAnotherImport_FindsTheNewData()
    {
        var examId = AzuriteServer.UniqueName("reimport");
        var exam = ExamBodies.Create(candidates: 20, correctors: 2);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        using var sut = App.Client(SantorinApp.Manager);
        Assert.Equal(0, (await SearchAsync(sut, examId, "Kerouac")).GetProperty("total").GetInt32());
        exam["candidates"]![3]!["lastName"] = "Kerouac";
        await App.ImportAsync(examId, exam, seedSimulators: false);

        var found = await SearchAsync(sut, examId, "kerouac");

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(ExamBodies.Number(4), item.GetProperty("number").GetString());
    }

    [Theory]
    [InlineData("?q=a", "query-too-short")]
    [InlineData("?q=%20a%20", "query-too-short")]
    [InlineData("", "query-too-short")]
    [InlineData("?q=ab&limit=0", "limit-invalid")]
    [InlineData("?q=ab&limit=201", "limit-invalid")]
    [InlineData("?q=ab&limit=dix", "limit-invalid")]
    [InlineData("?q=a&limit=0", "query-too-short")]
    public async Task Search_InvalidQuery_Answers400EvenForAnUnknownExam(string query, string code)
    {
        var examId = AzuriteServer.UniqueName("unknown");
        using var sut = App.Client(SantorinApp.Manager);

        using var response = await sut.GetAsync($"/api/exams/{examId}/candidates{query}");

        await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, code, response);
    }

    [Fact]
    public async Task Search_Refusals_ComeInTheContractsOrder()
    {
        var examId = AzuriteServer.UniqueName("order");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 10, correctors: 1), seedSimulators: false);
        using var anonymous = App.Client(null);
        using var noRole = App.Client(EditionFixture.NoRole);
        using var correctorWithoutId = App.Client(EditionFixture.CorrectorWithoutId);

        using var unauthenticated = await anonymous.GetAsync($"/api/exams/{examId}/candidates?q=a");
        using var badId = await noRole.GetAsync("/api/exams/-bad/candidates?q=nom");
        using var unknown = await noRole.GetAsync($"/api/exams/{examId}x/candidates?q=nom");
        using var forbidden = await noRole.GetAsync($"/api/exams/{examId}/candidates?q=nom");
        using var withoutId = await correctorWithoutId.GetAsync($"/api/exams/{examId}/candidates?q=nom");

        await ApiAssert.ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated", unauthenticated);
        await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, "exam-id-invalid", badId);
        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "exam-not-found", unknown);
        await ApiAssert.ProblemAsync(HttpStatusCode.Forbidden, "forbidden", forbidden);
        await ApiAssert.ProblemAsync(HttpStatusCode.Forbidden, "forbidden", withoutId);
    }

    [Fact]
    public async Task Search_HarmonisedExam_IsOpen()
    {
        var examId = AzuriteServer.UniqueName("harmonised");
        var exam = ExamBodies.Create(candidates: 10, correctors: 1, kind: "exam", marking: "harmonised");
        await App.ImportAsync(examId, exam, seedSimulators: false);
        using var sut = App.Client(SantorinApp.Corrector("C0001"));

        var found = await SearchAsync(sut, examId, "nom");

        Assert.Equal(9, found.GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string examId, string q, int? limit = null)
    {
        var url = $"/api/exams/{examId}/candidates?q={Uri.EscapeDataString(q)}" + (limit is { } l ? $"&limit={l}" : "");
        using var response = await client.GetAsync(url);
        await ApiAssert.StatusAsync(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
