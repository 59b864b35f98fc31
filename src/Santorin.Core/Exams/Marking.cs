namespace Santorin.Core.Exams;

/// <summary>Standard (ponctuelle) or harmonised (harmonisée, from continuous assessment).</summary>
public enum Marking
{
    Standard,
    Harmonised,
}
