using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Santorin.Functions;

/// <summary>A shared handler's result, answered through the Functions host's ASP.NET Core integration.</summary>
internal sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);

    public static async Task<IActionResult> From(Task<IResult> result) => new ResultAction(await result);
}
