using System.Globalization;

namespace Santorin.Benchmarks;

/// <summary>Which side of its goal a ratio must be on.</summary>
internal enum GoalKind
{
    AtMost,
    AtLeast,
}

/// <summary>A further goal of a case besides its ratio, such as a call count or a memory bound.</summary>
internal sealed record BenchCheck(string Name, string Measured, string Goal, bool Met);

/// <summary>
/// What a case measured: its value against its floor (or peer), the ratio the goal is about,
/// further checks, and notes (other figures) written under the table.
/// </summary>
internal sealed record BenchResult(
    string Case,
    double Value,
    string Unit,
    double Floor,
    double Ratio,
    double Goal,
    GoalKind Kind,
    IReadOnlyList<BenchCheck> Checks,
    IReadOnlyList<string> Notes)
{
    public bool RatioMet => Kind == GoalKind.AtMost ? Ratio <= Goal : Ratio >= Goal;

    public bool Met => RatioMet && Checks.All(check => check.Met);

    public string GoalText => (Kind == GoalKind.AtMost ? "≤ " : "≥ ") + Number(Goal);

    /// <summary>The line each case ends with, for scripts to read.</summary>
    public string Line =>
        $"RESULT {Case} value={Number(Value)} unit={Unit} floor={Number(Floor)} " +
        $"ratio={Number(Ratio)} goal={Number(Goal)}";

    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
