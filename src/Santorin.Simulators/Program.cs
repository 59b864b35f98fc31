using Santorin.Simulators;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(SimulatorOptions.SectionName).Get<SimulatorOptions>()
    ?? new SimulatorOptions();

var app = builder.Build();
app.MapSimulators(options);
app.MapGet("/", () => Results.Ok(new
{
    cyclades = SimulatorEndpoints.CycladesPrefix,
    imagin = SimulatorEndpoints.ImaginPrefix,
    documentation = "src/Santorin.Simulators/README.md",
}));

app.Run();
