using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Santorin.Functions;

internal sealed class Probe
{
    [Function("Probe")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}")] HttpRequest request,
        string examId) => new OkObjectResult(examId + request.Path);
}
