using System.Globalization;
using System.Text;

namespace Santorin.Core.Edition;

/// <summary>Folds text for search: no accent, no case (<c>Nguyễn</c> gives <c>nguyen</c>).</summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most names and every candidate number are ASCII: no decomposition needed.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                AppendFolded(builder, char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Letters that carry their accent without decomposing, and French ligatures.</summary>
    private static void AppendFolded(StringBuilder builder, char c)
    {
        _ = c switch
        {
            'œ' => builder.Append("oe"),
            'æ' => builder.Append("ae"),
            'ß' => builder.Append("ss"),
            'ø' => builder.Append('o'),
            'đ' => builder.Append('d'),
            'ł' => builder.Append('l'),
            _ => builder.Append(c),
        };
    }
}
