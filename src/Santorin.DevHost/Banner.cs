using Santorin.Application.Http;
using Santorin.DevHost.Seeding;
using Santorin.DevHost.Simulators;

namespace Santorin.DevHost;

/// <summary>What a developer needs to start calling the host, printed once it listens.</summary>
internal static class Banner
{
    /// <summary>How each route of the API is listed, e.g. <c>route GET /api/exams/{examId}</c>.</summary>
    public const string RoutePrefix = "  route ";

    public static void Print(
        TextWriter output,
        HostAddress address,
        string storage,
        InProcessSimulators simulators,
        EndpointDataSource endpoints)
    {
        var root = address.Reachable.GetLeftPart(UriPartial.Authority);
        var manager = ClientPrincipal.Encode([ClientPrincipal.ManagerRole]);
        var corrector = ClientPrincipal.Encode([ClientPrincipal.CorrectorRole], "C0001");

        output.WriteLine();
        output.WriteLine("Santorin — hôte de développement");
        output.WriteLine($"  écoute sur        {address}");
        output.WriteLine($"  API               {root}/api/exams/{{examId}}");
        output.WriteLine($"  stockage          {storage}");
        output.WriteLine($"  Cyclades          {Where(simulators.SimulatesCyclades, root, "cyclades")}");
        output.WriteLine($"  Imag'In           {Where(simulators.SimulatesImagin, root, "imagin")}");
        output.WriteLine($"  épreuve de démo   {DemoExam.Id}");
        output.WriteLine($"  {ClientPrincipal.HeaderName} gestionnaire :");
        output.WriteLine($"    {manager}");
        output.WriteLine($"  {ClientPrincipal.HeaderName} correcteur C0001 :");
        output.WriteLine($"    {corrector}");
        output.WriteLine("  essai :");
        output.WriteLine($"    curl -H \"{ClientPrincipal.HeaderName}: {manager}\" \\");
        output.WriteLine($"      {root}/api/exams/{DemoExam.Id}/closure");
        foreach (var route in ApiRoutes(endpoints))
        {
            output.WriteLine(RoutePrefix + route);
        }

        output.WriteLine("  Ctrl+C pour arrêter.");
        output.WriteLine();
    }

    /// <summary>The API's routes as served, <c>METHOD /pattern</c>, in a stable order.</summary>
    private static IEnumerable<string> ApiRoutes(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => $"{method} {endpoint.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal);

    private static string Where(bool simulated, string root, string prefix) =>
        simulated ? $"simulé sur {root}/{prefix}" : "configuré";
}
