namespace Santorin.Core.Exams;

/// <summary>
/// Ids from an import (candidate numbers, corrector ids, lot ids) become table keys and parts of
/// blob names, so they are checked against what both services refuse or mangle.
/// </summary>
public static class TableKey
{
    public const int MaxLength = 64;

    public static bool IsValid(string? key) => Problem(key) is null;

    /// <summary>Why the key cannot be used, in French, or null when it can.</summary>
    public static string? Problem(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "L'identifiant ne peut pas être vide.";
        }

        if (key.Length > MaxLength)
        {
            return $"L'identifiant dépasse {MaxLength} caractères.";
        }

        if (key.Any(IsForbidden))
        {
            return "L'identifiant ne peut contenir ni « / », « \\ », « # », « ? », "
                + "ni caractère de contrôle.";
        }

        if (char.IsWhiteSpace(key[0]) || char.IsWhiteSpace(key[^1]))
        {
            return "L'identifiant ne peut ni commencer ni finir par une espace.";
        }

        // A blob name segment made of dots only is rewritten by URL normalisation.
        if (key.All(c => c == '.'))
        {
            return "L'identifiant ne peut pas être fait uniquement de points.";
        }

        return null;
    }

    private static bool IsForbidden(char c) => c is '/' or '\\' or '#' or '?' || char.IsControl(c);
}
