using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Documents;

/// <summary>
/// A digest of everything a copy's PDF is made from: the exam's text, the candidate, the copy's
/// grade, comment and annotations, the settings, the scans' versions and the renderer's version.
/// Equal inputs give the same PDF, so the PDF is stored under this digest and reused.
/// </summary>
internal static class CopyFingerprint
{
    public static string Compute(CorrectedCopy copy, IReadOnlyList<ETag> scans, string rendererVersion)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(rendererVersion);
            WriteExam(json, copy);
            WriteCopy(json, copy.Copy);
            json.WriteBooleanValue(copy.Settings.IncludeAnnotations);
            json.WriteBooleanValue(copy.Settings.IncludeGrade);
            json.WriteBooleanValue(copy.Settings.IncludeComment);
            WriteScans(json, scans);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static void WriteExam(Utf8JsonWriter json, CorrectedCopy copy)
    {
        json.WriteStringValue(copy.ExamId);
        json.WriteStringValue(copy.ExamName);
        json.WriteStringValue(copy.Session);
        json.WriteStringValue(copy.MaxGrade.ToString(CultureInfo.InvariantCulture));
        json.WriteStringValue(copy.Candidate.Number);
        json.WriteStringValue(copy.Candidate.LastName);
        json.WriteStringValue(copy.Candidate.FirstName);
    }

    private static void WriteCopy(Utf8JsonWriter json, Copy copy)
    {
        json.WriteStringValue(copy.Candidate);
        json.WriteStringValue(copy.Grade?.ToCycladesValue());
        json.WriteStringValue(copy.Comment);
        json.WriteNumberValue(copy.Pages);
        json.WriteStartArray();
        foreach (var annotation in copy.Annotations)
        {
            WriteAnnotation(json, annotation);
        }

        json.WriteEndArray();
    }

    private static void WriteAnnotation(Utf8JsonWriter json, Annotation annotation)
    {
        json.WriteStartArray();
        json.WriteNumberValue(annotation.Page);
        switch (annotation)
        {
            case TextAnnotation text:
                json.WriteStringValue("text");
                WritePoint(json, text.X, text.Y);
                json.WriteStringValue(text.Text);
                break;
            case StrokeAnnotation stroke:
                json.WriteStringValue("stroke");
                foreach (var point in stroke.Points)
                {
                    WritePoint(json, point.X, point.Y);
                }

                break;
            case MarkAnnotation mark:
                json.WriteStringValue("mark");
                WritePoint(json, mark.X, mark.Y);
                json.WriteStringValue(mark.Symbol.ToString());
                break;
            default:
                throw new NotSupportedException($"No fingerprint for {annotation.GetType().Name}.");
        }

        json.WriteEndArray();
    }

    private static void WritePoint(Utf8JsonWriter json, double x, double y)
    {
        json.WriteNumberValue(x);
        json.WriteNumberValue(y);
    }

    private static void WriteScans(Utf8JsonWriter json, IReadOnlyList<ETag> scans)
    {
        json.WriteStartArray();
        foreach (var etag in scans)
        {
            json.WriteStringValue(etag.ToString());
        }

        json.WriteEndArray();
    }
}
