using System.Text.Encodings.Web;
using System.Text.Json;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// A copy's comment and annotations as compact JSON, cut into chunks a string property holds:
/// <c>{"c":"…","a":[["t",page,x,y,"text"],["s",page,[x1,y1,x2,y2,…]],["m",page,x,y,"check"]]}</c>.
/// </summary>
internal static class CopyPayload
{
    /// <summary>Under Azure's 32K code units per string property.</summary>
    public const int ChunkLength = 32_000;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Stored, never rendered in a page: escaping accents would only make it longer.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The payload, or null when the copy has neither comment nor annotation.</summary>
    public static string? Write(string? comment, IReadOnlyList<Annotation> annotations)
    {
        if (comment is null && annotations.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (comment is not null)
            {
                writer.WriteString("c", comment);
            }

            writer.WriteStartArray("a");
            foreach (var annotation in annotations)
            {
                WriteAnnotation(writer, annotation);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static (string? Comment, IReadOnlyList<Annotation> Annotations) Read(string? payload)
    {
        if (payload is null)
        {
            return (null, []);
        }

        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var comment = root.TryGetProperty("c", out var c) ? c.GetString() : null;
        var annotations = root.GetProperty("a").EnumerateArray().Select(ReadAnnotation).ToList();
        return (comment, annotations);
    }

    /// <summary>Cuts the payload into chunks, never between the two halves of a surrogate pair.</summary>
    public static List<string> Chunk(string payload)
    {
        var chunks = new List<string>(payload.Length / ChunkLength + 1);
        for (var start = 0; start < payload.Length;)
        {
            var length = Math.Min(ChunkLength, payload.Length - start);
            if (start + length < payload.Length && char.IsHighSurrogate(payload[start + length - 1]))
            {
                length--;
            }

            chunks.Add(payload.Substring(start, length));
            start += length;
        }

        return chunks;
    }

    private static void WriteAnnotation(Utf8JsonWriter writer, Annotation annotation)
    {
        writer.WriteStartArray();
        switch (annotation)
        {
            case TextAnnotation text:
                WritePlaced(writer, "t", text.Page, text.X, text.Y);
                writer.WriteStringValue(text.Text);
                break;
            case StrokeAnnotation stroke:
                writer.WriteStringValue("s");
                writer.WriteNumberValue(stroke.Page);
                WritePoints(writer, stroke.Points);
                break;
            case MarkAnnotation mark:
                WritePlaced(writer, "m", mark.Page, mark.X, mark.Y);
                writer.WriteStringValue(SymbolName(mark.Symbol));
                break;
            default:
                throw new ArgumentException(
                    $"Unknown annotation type {annotation.GetType().Name}.",
                    nameof(annotation));
        }

        writer.WriteEndArray();
    }

    private static void WritePlaced(Utf8JsonWriter writer, string type, int page, double x, double y)
    {
        writer.WriteStringValue(type);
        writer.WriteNumberValue(page);
        writer.WriteNumberValue(x);
        writer.WriteNumberValue(y);
    }

    private static void WritePoints(Utf8JsonWriter writer, IReadOnlyList<PagePoint> points)
    {
        writer.WriteStartArray();
        foreach (var point in points)
        {
            writer.WriteNumberValue(point.X);
            writer.WriteNumberValue(point.Y);
        }

        writer.WriteEndArray();
    }

    private static Annotation ReadAnnotation(JsonElement element)
    {
        var type = element[0].GetString();
        var page = element[1].GetInt32();
        return type switch
        {
            "t" => new TextAnnotation(page, X(element), Y(element), element[4].GetString()!),
            "s" => new StrokeAnnotation(page, ReadPoints(element[2])),
            "m" => new MarkAnnotation(page, X(element), Y(element), ParseSymbol(element[4])),
            _ => throw new InvalidOperationException($"A stored annotation has the unknown type '{type}'."),
        };
    }

    private static double X(JsonElement placed) => placed[2].GetDouble();

    private static double Y(JsonElement placed) => placed[3].GetDouble();

    private static List<PagePoint> ReadPoints(JsonElement element)
    {
        var points = new List<PagePoint>(element.GetArrayLength() / 2);
        using var values = element.EnumerateArray();
        while (values.MoveNext())
        {
            var x = values.Current.GetDouble();
            if (!values.MoveNext())
            {
                throw new InvalidOperationException("A stored stroke has an odd number of coordinates.");
            }

            points.Add(new PagePoint(x, values.Current.GetDouble()));
        }

        return points;
    }

    private static string SymbolName(MarkSymbol symbol) => symbol switch
    {
        MarkSymbol.Check => "check",
        MarkSymbol.Cross => "cross",
        MarkSymbol.Question => "question",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "Unknown mark symbol."),
    };

    private static MarkSymbol ParseSymbol(JsonElement element) => element.GetString() switch
    {
        "check" => MarkSymbol.Check,
        "cross" => MarkSymbol.Cross,
        "question" => MarkSymbol.Question,
        var other => throw new InvalidOperationException($"A stored mark has the unknown symbol '{other}'."),
    };
}
