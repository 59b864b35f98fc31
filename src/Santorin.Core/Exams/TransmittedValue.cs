namespace Santorin.Core.Exams;

/// <summary>
/// What Santorin sends Cyclades for a candidate, and what the ledger records: a grade with
/// exactly two decimals (<c>14.50</c>), or <c>ABS</c> for an absent candidate.
/// </summary>
public readonly record struct TransmittedValue
{
    public const string AbsentText = "ABS";

    private TransmittedValue(string text) => Text = text;

    public string Text { get; }

    public bool IsAbsent => Text == AbsentText;

    public static TransmittedValue Absent { get; } = new(AbsentText);

    public static TransmittedValue Of(Grade grade) => new(grade.ToCycladesValue());

    /// <summary>Reads back a value recorded by the ledger; anything else is refused.</summary>
    public static bool TryParse(string? text, out TransmittedValue value)
    {
        value = default;
        if (text == AbsentText)
        {
            value = Absent;
            return true;
        }

        if (text is null || !IsTwoDecimalNumber(text))
        {
            return false;
        }

        value = new TransmittedValue(text);
        return true;
    }

    public override string ToString() => Text;

    private static bool IsTwoDecimalNumber(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 1 || dot != text.Length - 3)
        {
            return false;
        }

        if (dot > 1 && text[0] == '0')
        {
            return false;
        }

        return text.Remove(dot, 1).All(char.IsAsciiDigit);
    }
}
