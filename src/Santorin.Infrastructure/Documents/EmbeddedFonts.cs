using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Santorin.Infrastructure.Documents;

/// <summary>
/// The one font family of the PDFs, Liberation Sans (SIL Open Font License, shipped beside it in
/// Fonts/), read from the assembly: PDFsharp finds no system font on Linux, and the output must
/// not depend on the machine anyway.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Santorin Sans";

    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";

    private static readonly Lock RegistrationLock = new();

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>
    /// PDFsharp keeps one resolver for the process; it is set once here, and a resolver another
    /// component set first is kept (the PDFs then fail to find <see cref="Family"/>, loudly).
    /// </summary>
    public static void Register()
    {
        lock (RegistrationLock)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : null;

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, ReadFace);

    private static byte[] ReadFace(string faceName)
    {
        var name = $"Santorin.Documents.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is not in the assembly.");
        using var bytes = new MemoryStream((int)stream.Length);
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
