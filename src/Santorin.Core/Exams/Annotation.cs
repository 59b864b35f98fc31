namespace Santorin.Core.Exams;

/// <summary>
/// A mark a corrector drew on a page. Coordinates are fractions (0 to 1) of the page's width
/// and height, from its top-left corner; pages count from 1.
/// </summary>
public abstract record Annotation(int Page);

/// <summary>A written note placed at a point of the page.</summary>
public sealed record TextAnnotation(int Page, double X, double Y, string Text) : Annotation(Page);

/// <summary>A free-hand line through the given points, in order.</summary>
public sealed record StrokeAnnotation(int Page, IReadOnlyList<PagePoint> Points) : Annotation(Page);

/// <summary>A symbol stamped at a point of the page.</summary>
public sealed record MarkAnnotation(int Page, double X, double Y, MarkSymbol Symbol) : Annotation(Page);

/// <summary>A point of a page, as fractions of its width and height.</summary>
public readonly record struct PagePoint(double X, double Y);

public enum MarkSymbol
{
    Check,
    Cross,
    Question,
}
