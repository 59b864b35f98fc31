using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Santorin.Application;

// The Functions app is a thin host: every route, rule and workflow lives in Santorin.Application,
// which the development host serves too. Each trigger below forwards to it in a line.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddSantorinApplication(builder.Configuration);
builder.Build().Run();
