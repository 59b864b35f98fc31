using static Santorin.Infrastructure.External.ExternalErrorCodes;

namespace Santorin.Infrastructure.External;

/// <summary>
/// The French sentences a manager reads for each failure. Each names the system, so it reads the
/// same for Cyclades and for Imag'In.
/// </summary>
internal static class ExternalMessages
{
    private const string Later = " ; réessayez plus tard.";
    private const string Operations = " ; l'équipe d'exploitation doit vérifier la configuration.";

    public static string ForRefusal(ExternalSystem system, int status, string? code)
    {
        var name = system.DisplayName;
        return code switch
        {
            ApiKeyInvalid => $"{name} refuse la clé d'API de Santorin (HTTP 401)" + Operations,
            ExamUnknown => $"{name} ne connaît pas cette épreuve.",
            ExamPublished =>
                $"Les résultats de cette épreuve sont déjà publiés dans {name} : "
                + "les notes ne peuvent plus être modifiées.",
            IdempotencyKeyMissing => $"{name} exige une clé d'idempotence que l'envoi ne portait pas.",
            IdempotencyKeyInvalid =>
                $"{name} refuse la clé d'idempotence de l'envoi "
                + "(plus de 128 caractères ou caractères non autorisés).",
            IdempotencyKeyReused =>
                $"{name} a déjà reçu un envoi différent sous la même clé d'idempotence : "
                + "celui-ci est refusé pour ne pas remplacer le premier.",
            BatchTooLarge => $"{name} refuse l'envoi : il dépasse le nombre de lignes autorisé par appel.",
            BodyInvalid => $"{name} n'a pas compris le contenu de l'envoi (format invalide).",
            CorrectorUnknown => $"{name} ne connaît pas ce correcteur pour cette épreuve.",
            PaymentClosed =>
                $"La paie de ce correcteur pour cette épreuve est close dans {name} avec un autre nombre "
                + "de copies : le service fait ne peut plus être modifié.",
            CopiesInvalid =>
                $"{name} refuse le nombre de copies déclaré : ce doit être un nombre entier positif ou nul.",
            _ when status == 401 => $"{name} refuse l'authentification de Santorin (HTTP 401)" + Operations,
            _ when status == 403 => $"{name} refuse l'accès à Santorin (HTTP 403)" + Operations,
            null => $"{name} a refusé l'appel (HTTP {status}).",
            _ => $"{name} a refusé l'appel (HTTP {status}, code « {code} »).",
        };
    }

    public static string ForLine(ExternalSystem system, string code) => code switch
    {
        CandidateUnknown => $"Candidat inconnu de {system.DisplayName} pour cette épreuve.",
        ValueInvalid =>
            $"Note refusée par {system.DisplayName} : ce n'est pas une note valide, "
            + "ou elle dépasse le maximum de l'épreuve.",
        CandidateDuplicate =>
            "Candidat présent plusieurs fois dans le même envoi : toutes ses lignes sont refusées.",
        _ => $"Ligne refusée par {system.DisplayName} (code « {code} »).",
    };

    public static string ForUnavailable(ExternalSystem system, int status) => status == 429
        ? $"{system.DisplayName} limite le nombre d'appels (HTTP 429) et n'a pas accepté celui-ci "
          + "malgré plusieurs tentatives" + Later
        : $"{system.DisplayName} est indisponible (HTTP {status}) malgré plusieurs tentatives" + Later;

    public static string Timeout(ExternalSystem system) =>
        $"{system.DisplayName} n'a pas répondu dans les délais, malgré plusieurs tentatives" + Later;

    public static string Unreachable(ExternalSystem system) =>
        $"{system.DisplayName} est injoignable (connexion impossible ou interrompue) "
        + "malgré plusieurs tentatives" + Later;

    public static string CircuitOpen(ExternalSystem system) =>
        $"{system.DisplayName} est considéré comme hors service après des échecs répétés : "
        + "les appels sont suspendus quelques instants" + Later;

    public static string ResponseInvalid(ExternalSystem system) =>
        $"La réponse de {system.DisplayName} n'a pas la forme attendue ; "
        + "l'équipe d'exploitation doit être prévenue.";
}
