using Microsoft.AspNetCore.Http;

namespace Santorin.Application.Http;

/// <summary>A result answered with a <c>Location</c> header naming where to follow up.</summary>
public sealed class LocatedResult(IResult inner, string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.Location = location;
        return inner.ExecuteAsync(httpContext);
    }
}
