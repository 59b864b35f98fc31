namespace Santorin.Core.Exams;

/// <summary>An examiner who grades the copies of their lots.</summary>
public sealed record Corrector(string Id, string LastName, string FirstName);
