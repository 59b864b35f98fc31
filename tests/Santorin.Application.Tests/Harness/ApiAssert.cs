using System.Net;
using System.Text.Json;

namespace Santorin.Application.Tests.Harness;

public static class ApiAssert
{
    /// <summary>Asserts the status, showing the body when it differs.</summary>
    public static async Task StatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }
    }

    /// <summary>Asserts a problem details answer with its status and stable code; answers its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpStatusCode status, string code, HttpResponseMessage response)
    {
        await StatusAsync(status, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
