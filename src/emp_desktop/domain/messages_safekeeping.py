"""Texts of automatic backups, erasure and retention (merged into domain.messages)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "backup_target_full": {
        "nl": "Het back-updoel is vol; er is geen (half) bestand achtergelaten. Maak ruimte "
        "of kies een ander doel.",
        "en": "The backup target is full; no (partial) file was left behind. Free some space "
        "or choose another target.",
    },
    "no_backup_targets": {
        "nl": "Geen back-updoel: geef --target MAP of stel doelen in bij Instellingen.",
        "en": "No backup target: pass --target DIR or set targets in Settings.",
    },
    "invalid_backup_schedule": {
        "nl": "Ongeldige back-upinstelling: aantallen tussen 0 en 400 (niet alle 0) en een "
        "waarschuwing na 1 tot 365 dagen.",
        "en": "Invalid backup setting: counts between 0 and 400 (not all 0) and a warning "
        "after 1 to 365 days.",
    },
    "person_not_found": {
        "nl": "Geen persoon met code '{code}'. Er is niets gewijzigd.",
        "en": "No person with code '{code}'. Nothing was changed.",
    },
    "already_erased": {
        "nl": "Persoon {code} is al gewist op {on}. Er is niets gewijzigd.",
        "en": "Person {code} was already erased on {on}. Nothing was changed.",
    },
    "erasure_reason_missing": {
        "nl": "Geef een reden voor de wissing (3 tot 300 tekens). Er is niets gewijzigd.",
        "en": "Give a reason for the erasure (3 to 300 characters). Nothing was changed.",
    },
    "erasure_reason_names_person": {
        "nl": "De reden bevat (een deel van) de naam van de persoon. Het auditlog kan later "
        "niet worden aangepast: schrijf de reden zonder naam. Er is niets gewijzigd.",
        "en": "The reason contains (part of) the person's name. The audit trail cannot be "
        "edited later: write the reason without a name. Nothing was changed.",
    },
    "invalid_retention_policy": {
        "nl": "Ongeldige bewaartermijn: elk aantal jaren tussen 1 en 100.",
        "en": "Invalid retention period: every number of years between 1 and 100.",
    },
    "cli_backup_auto_ok": {
        "nl": "{target}: {file} geschreven en geverifieerd ({size} bytes); {kept} bewaard, "
        "{deleted} verwijderd door rotatie.",
        "en": "{target}: {file} written and verified ({size} bytes); {kept} kept, {deleted} "
        "deleted by rotation.",
    },
    "cli_backup_auto_unreachable": {
        "nl": "{target}: niet bereikbaar (niet aangesloten of niet schrijfbaar); geen back-up.",
        "en": "{target}: not reachable (not connected or not writable); no backup.",
    },
    "cli_backup_auto_full": {
        "nl": "{target}: {reason}",
        "en": "{target}: {reason}",
    },
    "cli_backup_auto_failed": {
        "nl": "{target}: de test-terugzetting mislukte, de back-up is verwijderd. {reason}",
        "en": "{target}: the test restore failed, the backup was removed. {reason}",
    },
    "cli_person_erased": {
        "nl": "Persoon {code} gewist: identiteit en vrije tekst zijn verwijderd; de gecodeerde "
        "registratie blijft anoniem bestaan. Vastgelegd in het auditlog.",
        "en": "Person {code} erased: identity and free text were removed; the coded "
        "registration stays as an anonymous record. Recorded in the audit trail.",
    },
    "cli_wal_not_cleared": {
        "nl": "Let op: het logbestand van de database kon niet worden geleegd (in gebruik); "
        "dit gebeurt bij het sluiten van de kluis.",
        "en": "Note: the database log could not be emptied (in use); this happens when the "
        "vault closes.",
    },
    "cli_retention_preview": {
        "nl": "Voorbeeld: {anonymised} records zijn over hun bewaartermijn en worden "
        "geanonimiseerd; {kept} blijven. Er is niets gewijzigd.",
        "en": "Preview: {anonymised} records are past their retention and will be anonymised; "
        "{kept} stay. Nothing was changed.",
    },
    "cli_retention_done": {
        "nl": "{anonymised} records geanonimiseerd (bewaartermijn verstreken); {kept} blijven.",
        "en": "{anonymised} records anonymised (retention expired); {kept} stay.",
    },
    "cli_retention_policy": {
        "nl": "Bewaartermijnen na afsluiting: cliënt {client} jaar, signaal {signaal} jaar, "
        "adviesvraag {adviesvraag} jaar.",
        "en": "Retention after closing: client {client} years, signal {signaal} years, "
        "advice question {adviesvraag} years.",
    },
}
