namespace Santorin.Core.Exams;

/// <summary>The body of a settings update as JSON gives it; a missing member means true.</summary>
public sealed record ExamSettingsImport
{
    public bool? IncludeAnnotations { get; init; }

    public bool? IncludeGrade { get; init; }

    public bool? IncludeComment { get; init; }
}

public static class ExamSettingsValidator
{
    /// <summary>
    /// Every settings body is valid once deserialized (each member is a boolean or missing), so
    /// this only fills the defaults; a missing body means the defaults.
    /// </summary>
    public static ExamSettings Validate(ExamSettingsImport? body) =>
        new(
            body?.IncludeAnnotations ?? true,
            body?.IncludeGrade ?? true,
            body?.IncludeComment ?? true);
}
