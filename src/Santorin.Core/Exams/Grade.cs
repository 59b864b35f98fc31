using System.Globalization;

namespace Santorin.Core.Exams;

/// <summary>
/// A grade from 0 to the exam's maximum with at most two decimals. An invalid value cannot be
/// constructed: <see cref="TryCreate"/> is the only way in.
/// </summary>
public readonly record struct Grade
{
    private Grade(decimal value) => Value = value;

    public decimal Value { get; }

    public static bool TryCreate(decimal value, decimal maxGrade, out Grade grade)
    {
        grade = default;
        if (value < 0m || value > maxGrade || decimal.Round(value, 2) != value)
        {
            return false;
        }

        grade = new Grade(decimal.Round(value, 2));
        return true;
    }

    public static Grade Create(decimal value, decimal maxGrade) =>
        TryCreate(value, maxGrade, out var grade)
            ? grade
            : throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                $"A grade is from 0 to {maxGrade} with at most two decimals.");

    /// <summary>The grade as Cyclades wants it: exactly two decimals, a dot, no leading zero.</summary>
    public string ToCycladesValue() => Value.ToString("0.00", CultureInfo.InvariantCulture);

    public override string ToString() => ToCycladesValue();
}
