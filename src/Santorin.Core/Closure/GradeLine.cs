using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

/// <summary>One line sent to Cyclades: a candidate and the value that replaces what it holds.</summary>
public sealed record GradeLine(string Candidate, TransmittedValue Value);
