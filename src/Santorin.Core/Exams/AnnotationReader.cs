namespace Santorin.Core.Exams;

/// <summary>Checks and builds the annotations of one copy of <paramref name="pages"/> pages.</summary>
/// <param name="errors">Where broken rules go.</param>
/// <param name="pages">The copy's page count, or null when it is itself wrong.</param>
internal sealed class AnnotationReader(ValidationErrors errors, int? pages)
{
    private const string CoordinateRange = "La coordonnée est comprise entre 0 et 1.";

    public List<Annotation> ReadAll(IReadOnlyList<AnnotationImport?>? items, string copyPath)
    {
        var result = new List<Annotation>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (Read(items![i], $"{copyPath}.annotations[{i}]") is { } annotation)
            {
                result.Add(annotation);
            }
        }

        return result;
    }

    private Annotation? Read(AnnotationImport? item, string path)
    {
        if (item is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        var page = ReadPage(item.Page, path + ".page");
        switch (item.Type)
        {
            case "text":
                return ReadText(item, page, path);
            case "stroke":
                return ReadStroke(item, page, path);
            case "mark":
                return ReadMark(item, page, path);
            case null:
                errors.Add(path + ".type", ExamImportValidator.Required);
                return null;
            default:
                errors.Add(path + ".type", "Le type d'annotation est « text », « stroke » ou « mark ».");
                return null;
        }
    }

    private int ReadPage(int? page, string path)
    {
        if (page is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return 0;
        }

        if (page < 1 || page > pages)
        {
            var range = pages is { } count ? $"entre 1 et {count}" : "au moins 1";
            errors.Add(path, $"La page de l'annotation est {range}.");
        }

        return page.Value;
    }

    private TextAnnotation ReadText(AnnotationImport item, int page, string path)
    {
        var x = ReadCoordinate(item.X, path + ".x");
        var y = ReadCoordinate(item.Y, path + ".y");
        if (item.Text is null)
        {
            errors.Add(path + ".text", ExamImportValidator.Required);
        }
        else if (string.IsNullOrWhiteSpace(item.Text))
        {
            errors.Add(path + ".text", "Une annotation de texte a un texte.");
        }

        return new TextAnnotation(page, x, y, item.Text ?? string.Empty);
    }

    private MarkAnnotation ReadMark(AnnotationImport item, int page, string path)
    {
        var x = ReadCoordinate(item.X, path + ".x");
        var y = ReadCoordinate(item.Y, path + ".y");
        var symbol = MarkSymbol.Check;
        switch (item.Symbol)
        {
            case "check":
                break;
            case "cross":
                symbol = MarkSymbol.Cross;
                break;
            case "question":
                symbol = MarkSymbol.Question;
                break;
            case null:
                errors.Add(path + ".symbol", ExamImportValidator.Required);
                break;
            default:
                errors.Add(path + ".symbol", "Le symbole est « check », « cross » ou « question ».");
                break;
        }

        return new MarkAnnotation(page, x, y, symbol);
    }

    private StrokeAnnotation ReadStroke(AnnotationImport item, int page, string path)
    {
        var points = new List<PagePoint>(item.Points?.Count ?? 0);
        if (item.Points is null)
        {
            errors.Add(path + ".points", ExamImportValidator.Required);
            return new StrokeAnnotation(page, points);
        }

        if (item.Points.Count < 2)
        {
            errors.Add(path + ".points", "Un tracé a au moins deux points.");
        }

        for (var i = 0; i < item.Points.Count; i++)
        {
            points.Add(ReadPoint(item.Points[i], $"{path}.points[{i}]"));
        }

        return new StrokeAnnotation(page, points);
    }

    private PagePoint ReadPoint(IReadOnlyList<double>? point, string path)
    {
        if (point is null || point.Count != 2)
        {
            errors.Add(path, "Un point a deux coordonnées : [x, y].");
            return default;
        }

        if (!IsFraction(point[0]) || !IsFraction(point[1]))
        {
            errors.Add(path, CoordinateRange);
        }

        return new PagePoint(point[0], point[1]);
    }

    private double ReadCoordinate(double? value, string path)
    {
        if (value is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return 0;
        }

        if (!IsFraction(value.Value))
        {
            errors.Add(path, CoordinateRange);
        }

        return value.Value;
    }

    private static bool IsFraction(double value) => value is >= 0 and <= 1;
}
