using Santorin.Simulators.Cyclades;
using Santorin.Simulators.Imagin;

namespace Santorin.Simulators;

/// <summary>The state of both simulators mapped onto one application, for seeding and assertions.</summary>
public sealed record SimulatedSystems(CycladesSimulator Cyclades, ImaginSimulator Imagin);
