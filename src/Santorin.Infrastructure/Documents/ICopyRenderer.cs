namespace Santorin.Infrastructure.Documents;

/// <summary>Writes a corrected copy as a PDF.</summary>
internal interface ICopyRenderer
{
    /// <summary>Changes whenever the same input would give a different PDF; part of the document's name.</summary>
    string Version { get; }

    /// <summary>The page count of the PDF of a copy with that many scanned pages.</summary>
    int PageCount(int scannedPages);

    Task<RenderedCopy> RenderAsync(CopyDocument input, Stream output, CancellationToken cancellationToken);
}
