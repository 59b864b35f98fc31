using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Santorin.Application.Http;

namespace Santorin.DevHost.Tests;

/// <summary>Calls to the host's API as a manager, with the answer's status and body kept together.</summary>
internal static class Api
{
    public static readonly string Manager = ClientPrincipal.Encode([ClientPrincipal.ManagerRole]);

    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Answer)> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add(ClientPrincipal.HeaderName, Manager);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var answer = await client.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), answer);
    }

    /// <summary>Fails with the status and the body when the answer is not the one expected.</summary>
    public static async Task<JsonNode> ExpectAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        HttpStatusCode expected,
        JsonNode? body = null)
    {
        var (status, answer, message) = await SendAsync(client, method, path, body);
        message.Dispose();
        Assert.True(status == expected, $"{method} {path}: {(int)status} {answer?.ToJsonString()}");
        return answer!;
    }

    /// <summary>Polls a run until <paramref name="done"/> holds for it.</summary>
    public static async Task<JsonNode> PollRunAsync(
        HttpClient client,
        string runPath,
        Func<JsonNode, bool> done,
        TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        JsonNode run;
        do
        {
            run = await ExpectAsync(client, HttpMethod.Get, runPath, HttpStatusCode.OK);
            if (done(run))
            {
                return run;
            }

            await Task.Delay(250);
        }
        while (elapsed.Elapsed < timeout);

        throw new TimeoutException($"{runPath} after {timeout}: {run.ToJsonString()}");
    }

    public static bool IsFinished(JsonNode run) => (string?)run["status"] is "completed" or "failed";

    /// <summary>A small exam: every tenth candidate absent, the others dealt to two lots, the first locked.</summary>
    public static JsonObject SmallExam(int candidates)
    {
        var lots = new[] { Lot("L0001", "C0001", locked: true), Lot("L0002", "C0002", locked: false) };
        var people = new JsonArray();
        for (var index = 1; index <= candidates; index++)
        {
            var number = "026" + index.ToString("00000000", CultureInfo.InvariantCulture);
            var absent = index % 10 == 0;
            people.Add(new JsonObject
            {
                ["number"] = number,
                ["lastName"] = $"Nom{index}",
                ["firstName"] = "Élise",
                ["absent"] = absent,
            });
            if (!absent)
            {
                lots[index % 2]["copies"]!.AsArray().Add(new JsonObject
                {
                    ["candidate"] = number,
                    ["grade"] = 8m + index % 20 / 2m,
                    ["pages"] = 2,
                    ["annotations"] = new JsonArray(),
                });
            }
        }

        return new JsonObject
        {
            ["name"] = "Philosophie — voie générale",
            ["session"] = "2026",
            ["kind"] = "competitive",
            ["marking"] = "standard",
            ["maxGrade"] = 20,
            ["correctors"] = new JsonArray(Corrector("C0001"), Corrector("C0002")),
            ["candidates"] = people,
            ["lots"] = new JsonArray(lots[0], lots[1]),
        };
    }

    private static JsonObject Lot(string id, string correctorId, bool locked) => new()
    {
        ["id"] = id,
        ["correctorId"] = correctorId,
        ["locked"] = locked,
        ["copies"] = new JsonArray(),
    };

    private static JsonObject Corrector(string id) => new()
    {
        ["id"] = id,
        ["lastName"] = "Martin",
        ["firstName"] = "Claire",
    };
}
