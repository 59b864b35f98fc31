using System.Text;

namespace Santorin.Infrastructure.Documents;

/// <summary>The ASCII file names of corrected copies, in a zip and as a download name.</summary>
public static class ArchiveEntryNames
{
    /// <summary>
    /// <c>{number}_{LASTNAME}_{Firstname}.pdf</c>: accents removed, spaces and apostrophes
    /// turned into <c>-</c>, anything else but ASCII letters, digits and <c>-</c> dropped;
    /// <c>N'Diaye Élodie</c> gives <c>…_N-DIAYE_Elodie.pdf</c>.
    /// </summary>
    public static string ForCopy(string number, string lastName, string firstName) =>
        $"{Clean(number)}_{Clean(lastName).ToUpperInvariant()}_{Clean(firstName)}.pdf";

    /// <summary>A name made safe the same way, as one part of a file name.</summary>
    public static string Clean(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var clean = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var mapped = Map(c);
            if (mapped == "-" && (clean.Length == 0 || clean[^1] == '-'))
            {
                continue;
            }

            clean.Append(mapped);
        }

        return clean.ToString().TrimEnd('-');
    }

    /// <summary>What a character of a decomposed name becomes; accents and unsafe characters become nothing.</summary>
    private static string Map(char c) => c switch
    {
        _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
        '-' or '\'' or '’' or '‘' or 'ʼ' => "-",
        _ when char.IsWhiteSpace(c) => "-",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        'ß' => "ss",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        _ => string.Empty,
    };
}
