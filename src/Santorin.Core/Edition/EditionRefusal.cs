namespace Santorin.Core.Edition;

/// <summary>Why a copy edition request is refused: a stable code and a French detail.</summary>
public sealed record EditionRefusal(string Code, string Detail)
{
    public const string EditionUnavailableCode = "edition-unavailable";
    public const string EditionForbiddenCode = "edition-forbidden";
    public const string CandidateNotFoundCode = "candidate-not-found";
    public const string CopyNotCorrectedCode = "copy-not-corrected";
    public const string NothingToArchiveCode = "nothing-to-archive";
    public const string ScansMissingCode = "scans-missing";
    public const string QueryTooShortCode = "query-too-short";
    public const string LimitInvalidCode = "limit-invalid";

    public static EditionRefusal EditionUnavailable { get; } = new(
        EditionUnavailableCode,
        "L'édition des copies n'est pas disponible pour une épreuve harmonisée.");

    public static EditionRefusal ManagerOutsideCompetitive { get; } = new(
        EditionForbiddenCode,
        "Un gestionnaire ne peut éditer les copies que d'un concours.");

    public static EditionRefusal OtherCorrectorArchive { get; } = new(
        EditionForbiddenCode,
        "Un correcteur ne peut archiver que ses propres copies.");

    public static EditionRefusal NothingToArchive { get; } = new(
        NothingToArchiveCode,
        "Aucune copie corrigée à archiver.");

    public static EditionRefusal QueryTooShort { get; } = new(
        QueryTooShortCode,
        "La recherche doit contenir au moins 2 caractères.");

    public static EditionRefusal LimitInvalid { get; } = new(
        LimitInvalidCode,
        $"Le nombre de résultats demandé doit être compris entre 1 et {CandidateSearch.MaxLimit}.");

    public static EditionRefusal CandidateNotFound(string number) => new(
        CandidateNotFoundCode,
        $"Le candidat « {number} » est introuvable dans cette épreuve.");

    public static EditionRefusal NotInCharge(string number) => new(
        EditionForbiddenCode,
        $"La copie du candidat « {number} » n'est pas dans vos lots.");

    public static EditionRefusal CopyNotCorrected(string number) => new(
        CopyNotCorrectedCode,
        $"La copie du candidat « {number} » n'est pas corrigée dans un lot verrouillé.");

    public static EditionRefusal ScansMissing(string number, int page) => new(
        ScansMissingCode,
        $"La page {page} de la copie du candidat « {number} » n'a pas été numérisée.");
}
