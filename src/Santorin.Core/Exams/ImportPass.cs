namespace Santorin.Core.Exams;

/// <summary>One walk through an import: checks each part and builds the domain objects.</summary>
internal sealed class ImportPass(string examId, ExamImport body, ValidationErrors errors)
{
    private readonly Dictionary<string, int> _correctors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Index, bool Absent)> _candidates =
        new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _copies = new(StringComparer.Ordinal);

    /// <summary>Null while the maximum itself is wrong: grades are then not compared to it.</summary>
    private decimal? _maxGrade;

    public Exam Run()
    {
        var name = RequiredName(body.Name, "name");
        var session = RequiredName(body.Session, "session");
        var kind = ReadKind();
        var marking = ReadMarking();
        _maxGrade = ReadMaxGrade();

        var correctors = ReadCorrectors();
        var candidates = ReadCandidates();
        var lots = ReadLots();

        return new Exam(
            examId,
            name,
            session,
            kind,
            marking,
            _maxGrade ?? Exam.DefaultMaxGrade,
            correctors,
            candidates,
            lots);
    }

    private string RequiredName(string? value, string path)
    {
        if (value is null)
        {
            errors.Add(path, ExamImportValidator.Required);
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(path, "Ce champ ne peut pas être vide.");
        }

        return value ?? string.Empty;
    }

    private string RequiredKey(string? value, string path)
    {
        if (value is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return string.Empty;
        }

        if (TableKey.Problem(value) is { } problem)
        {
            errors.Add(path, problem);
        }

        return value;
    }

    private ExamKind ReadKind()
    {
        switch (body.Kind)
        {
            case "exam":
                return ExamKind.Exam;
            case "competitive":
                return ExamKind.Competitive;
            case null:
                errors.Add("kind", ExamImportValidator.Required);
                return ExamKind.Exam;
            default:
                errors.Add("kind", "Le type d'épreuve est « exam » ou « competitive ».");
                return ExamKind.Exam;
        }
    }

    private Marking ReadMarking()
    {
        switch (body.Marking)
        {
            case "standard":
                return Marking.Standard;
            case "harmonised":
                return Marking.Harmonised;
            case null:
                errors.Add("marking", ExamImportValidator.Required);
                return Marking.Standard;
            default:
                errors.Add("marking", "La notation est « standard » ou « harmonised ».");
                return Marking.Standard;
        }
    }

    private decimal? ReadMaxGrade()
    {
        var max = body.MaxGrade ?? Exam.DefaultMaxGrade;
        var valid = true;
        if (max <= 0m)
        {
            errors.Add("maxGrade", "La note maximale doit être supérieure à 0.");
            valid = false;
        }

        if (decimal.Round(max, 2) != max)
        {
            errors.Add("maxGrade", "La note maximale a au plus deux décimales.");
            valid = false;
        }

        return valid ? max : null;
    }

    private List<Corrector> ReadCorrectors()
    {
        var result = new List<Corrector>();
        if (body.Correctors is null)
        {
            errors.Add("correctors", ExamImportValidator.Required);
            return result;
        }

        for (var i = 0; i < body.Correctors.Count; i++)
        {
            if (ReadCorrector(body.Correctors[i], $"correctors[{i}]", i) is { } corrector)
            {
                result.Add(corrector);
            }
        }

        return result;
    }

    private Corrector? ReadCorrector(CorrectorImport? item, string path, int index)
    {
        if (item is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        var id = RequiredKey(item.Id, path + ".id");
        if (item.Id is not null && !_correctors.TryAdd(id, index))
        {
            errors.Add(
                path + ".id",
                $"Le correcteur « {id} » figure déjà en correctors[{_correctors[id]}].");
        }

        var lastName = RequiredName(item.LastName, path + ".lastName");
        var firstName = RequiredName(item.FirstName, path + ".firstName");
        return new Corrector(id, lastName, firstName);
    }

    private List<Candidate> ReadCandidates()
    {
        var result = new List<Candidate>(body.Candidates?.Count ?? 0);
        if (body.Candidates is null)
        {
            errors.Add("candidates", ExamImportValidator.Required);
            return result;
        }

        for (var i = 0; i < body.Candidates.Count; i++)
        {
            if (ReadCandidate(body.Candidates[i], $"candidates[{i}]", i) is { } candidate)
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private Candidate? ReadCandidate(CandidateImport? item, string path, int index)
    {
        if (item is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        var absent = item.Absent ?? false;
        var number = RequiredKey(item.Number, path + ".number");
        if (item.Number is not null && !_candidates.TryAdd(number, (index, absent)))
        {
            errors.Add(
                path + ".number",
                $"Le candidat « {number} » figure déjà en candidates[{_candidates[number].Index}].");
        }

        var lastName = RequiredName(item.LastName, path + ".lastName");
        var firstName = RequiredName(item.FirstName, path + ".firstName");
        return new Candidate(number, lastName, firstName, absent);
    }

    private List<Lot> ReadLots()
    {
        var result = new List<Lot>();
        if (body.Lots is null)
        {
            errors.Add("lots", ExamImportValidator.Required);
            return result;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < body.Lots.Count; i++)
        {
            if (ReadLot(body.Lots[i], $"lots[{i}]", i, ids) is { } lot)
            {
                result.Add(lot);
            }
        }

        return result;
    }

    private Lot? ReadLot(LotImport? item, string path, int index, Dictionary<string, int> ids)
    {
        if (item is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        var id = RequiredKey(item.Id, path + ".id");
        if (item.Id is not null && !ids.TryAdd(id, index))
        {
            errors.Add(path + ".id", $"Le lot « {id} » figure déjà en lots[{ids[id]}].");
        }

        var correctorId = RequiredKey(item.CorrectorId, path + ".correctorId");
        if (item.CorrectorId is not null && !_correctors.ContainsKey(correctorId))
        {
            errors.Add(
                path + ".correctorId",
                $"Le correcteur « {correctorId} » n'est pas dans la liste des correcteurs.");
        }

        var copies = ReadCopies(item.Copies, path);
        return new Lot(id, correctorId, item.Locked ?? false, copies);
    }

    private List<Copy> ReadCopies(IReadOnlyList<CopyImport?>? items, string lotPath)
    {
        var result = new List<Copy>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (ReadCopy(items![i], $"{lotPath}.copies[{i}]") is { } copy)
            {
                result.Add(copy);
            }
        }

        return result;
    }

    private Copy? ReadCopy(CopyImport? item, string path)
    {
        if (item is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        var candidate = ReadCopyCandidate(item.Candidate, path);
        var grade = ReadGrade(item.Grade, path + ".grade");
        var pages = ReadPages(item.Pages, path + ".pages");
        var annotations = new AnnotationReader(errors, pages).ReadAll(item.Annotations, path);
        return new Copy(candidate, grade, item.Comment, pages ?? 0, annotations);
    }

    private string ReadCopyCandidate(string? number, string copyPath)
    {
        var path = copyPath + ".candidate";
        var candidate = RequiredKey(number, path);
        if (number is null)
        {
            return candidate;
        }

        if (!_candidates.TryGetValue(candidate, out var known))
        {
            errors.Add(path, $"Le candidat « {candidate} » n'est pas dans la liste des candidats.");
        }
        else if (known.Absent)
        {
            errors.Add(path, $"Le candidat « {candidate} » est absent : il n'a pas de copie.");
        }
        else if (!_copies.TryAdd(candidate, copyPath))
        {
            errors.Add(path, $"Le candidat « {candidate} » a déjà une copie en {_copies[candidate]}.");
        }

        return candidate;
    }

    private Grade? ReadGrade(decimal? value, string path)
    {
        if (value is not { } grade)
        {
            return null;
        }

        if (grade < 0m)
        {
            errors.Add(path, "La note ne peut pas être négative.");
        }

        if (_maxGrade is { } max && grade > max)
        {
            var shown = ExamImportValidator.FormatNumber(max);
            errors.Add(path, $"La note dépasse la note maximale ({shown}).");
        }

        if (decimal.Round(grade, 2) != grade)
        {
            errors.Add(path, "La note a au plus deux décimales.");
        }

        var ceiling = _maxGrade ?? decimal.MaxValue;
        return Grade.TryCreate(grade, ceiling, out var created) ? created : null;
    }

    private int? ReadPages(int? pages, string path)
    {
        if (pages is null)
        {
            errors.Add(path, ExamImportValidator.Required);
            return null;
        }

        if (pages < 1)
        {
            errors.Add(path, "Une copie a au moins une page.");
            return null;
        }

        return pages;
    }
}
