"""User-facing texts for errors and CLI output, Dutch first, English second.

The GUI's own labels are translated with Qt Linguist; these texts are shared by the
CLI and the GUI because both report the same errors.
"""

from __future__ import annotations

from emp_desktop.domain.errors import EmpError

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "error": {"nl": "Er ging iets mis.", "en": "Something went wrong."},
    "wrong_passphrase": {
        "nl": "Wachtwoordzin onjuist. Controleer Caps Lock en probeer het opnieuw.",
        "en": "Wrong passphrase. Check Caps Lock and try again.",
    },
    "wrong_recovery_code": {
        "nl": "Herstelcode onjuist. Controleer de code op het papier uit de kluis.",
        "en": "Wrong recovery code. Check the code on the paper from the safe.",
    },
    "too_many_attempts": {
        "nl": "Te veel mislukte pogingen. Wacht {wait_seconds} seconden en probeer het opnieuw.",
        "en": "Too many failed attempts. Wait {wait_seconds} seconds and try again.",
    },
    "vault_damaged": {
        "nl": "De kluis is beschadigd of gewijzigd buiten EMP Desktop ({detail}). "
        "Zet een back-up terug.",
        "en": "The vault is damaged or was changed outside EMP Desktop ({detail}). "
        "Restore a backup.",
    },
    "keyslots_damaged": {
        "nl": "Het sleutelbestand van de kluis is beschadigd ({detail}). Dit is geen onjuiste "
        "wachtwoordzin. Zet een back-up terug of gebruik de vorige versie ({backup}).",
        "en": "The vault's key file is damaged ({detail}). This is not a wrong passphrase. "
        "Restore a backup or use the previous version ({backup}).",
    },
    "audit_broken": {
        "nl": "Het auditlog is gewijzigd of ingekort (regel {entry}).",
        "en": "The audit trail was edited or truncated (entry {entry}).",
    },
    "backup_damaged": {
        "nl": "Het back-upbestand is beschadigd of onvolledig ({detail}). Er is niets teruggezet.",
        "en": "The backup file is damaged or incomplete ({detail}). Nothing was restored.",
    },
    "vault_in_use": {
        "nl": "De kluis is in gebruik door een ander programma van EMP Desktop. Sluit dat eerst.",
        "en": "The vault is in use by another EMP Desktop process. Close that first.",
    },
    "vault_not_found": {
        "nl": "Geen kluis gevonden in {folder}. Maak er een met 'emp-cli init'.",
        "en": "No vault found in {folder}. Create one with 'emp-cli init'.",
    },
    "vault_exists": {
        "nl": "Er staat al een kluis in {folder}. Er is niets overschreven.",
        "en": "There already is a vault in {folder}. Nothing was overwritten.",
    },
    "target_not_empty": {
        "nl": "De doelmap {folder} is niet leeg. Kies een lege of nieuwe map; "
        "er wordt niets overschreven.",
        "en": "The target folder {folder} is not empty. Choose an empty or new folder; "
        "nothing is overwritten.",
    },
    "vault_too_new": {
        "nl": "Deze kluis is gemaakt met een nieuwere versie van EMP Desktop "
        "(schema {revision}). Installeer de nieuwste versie.",
        "en": "This vault was made by a newer version of EMP Desktop (schema {revision}). "
        "Install the latest version.",
    },
    "migration_failed": {
        "nl": "Bijwerken van de kluis is mislukt; de vorige versie is teruggezet ({detail}).",
        "en": "Upgrading the vault failed; the previous version was restored ({detail}).",
    },
    "weak_passphrase": {
        "nl": "Deze wachtwoordzin is te zwak. {advice}",
        "en": "This passphrase is too weak. {advice}",
    },
    "vault_locked": {"nl": "De kluis is vergrendeld.", "en": "The vault is locked."},
    # passphrase advice
    "advice_length": {
        "nl": "Gebruik minstens {minimum} tekens, bijvoorbeeld vier losse woorden.",
        "en": "Use at least {minimum} characters, for example four unrelated words.",
    },
    "advice_variety": {
        "nl": "Gebruik meer verschillende tekens; herhalingen maken hem makkelijk te raden.",
        "en": "Use more different characters; repetition makes it easy to guess.",
    },
    "advice_common": {
        "nl": "Vermijd bekende woorden en reeksen zoals 'wachtwoord' of '123456'.",
        "en": "Avoid well-known words and sequences such as 'password' or '123456'.",
    },
    "advice_words": {
        "nl": "Kies woorden die niet bij elkaar horen, liefst vier of meer.",
        "en": "Pick words that do not belong together, preferably four or more.",
    },
    "passphrases_differ": {
        "nl": "De twee wachtwoordzinnen zijn niet gelijk.",
        "en": "The two passphrases are not the same.",
    },
    # CLI
    "usage_no_passphrase_tty": {
        "nl": "Geen wachtwoordzin: gebruik --passphrase-file of start vanuit een terminal.",
        "en": "No passphrase: use --passphrase-file or run from a terminal.",
    },
    "file_unreadable": {
        "nl": "Kan bestand {path} niet lezen.",
        "en": "Cannot read file {path}.",
    },
    "file_empty": {
        "nl": "Bestand {path} bevat geen wachtwoordzin op de eerste regel.",
        "en": "File {path} holds no passphrase on its first line.",
    },
    "usage": {
        "nl": "Onjuist gebruik: {detail}. Zie 'emp-cli --help'.",
        "en": "Wrong usage: {detail}. See 'emp-cli --help'.",
    },
    "cli_recovery_written": {
        "nl": "Kluis gemaakt. De herstelcode staat in {path}: print hem, leg hem in de kluis "
        "van de organisatie en verwijder het bestand.",
        "en": "Vault created. The recovery code is in {path}: print it, put it in the "
        "organisation's safe and delete the file.",
    },
    "cli_recovery_shown": {
        "nl": "Kluis gemaakt. Schrijf deze herstelcode op en bewaar hem in de kluis van de "
        "organisatie. Hij wordt maar één keer getoond:",
        "en": "Vault created. Write down this recovery code and keep it in the organisation's "
        "safe. It is shown only once:",
    },
    "cli_info": {
        "nl": "Kluis: {folder}\nSchema: {revision}\nSQLCipher: {cipher}\n"
        "Sleutelafleiding: Argon2id, {memory} MiB, {iterations} rondes, {parallelism} "
        "threads\nAantallen:",
        "en": "Vault: {folder}\nSchema: {revision}\nSQLCipher: {cipher}\n"
        "Key derivation: Argon2id, {memory} MiB, {iterations} passes, {parallelism} "
        "lanes\nCounts:",
    },
    "cli_verify_ok": {
        "nl": "Kluis in orde: versleuteling, integriteit, schema en auditlog ({entries} regels).",
        "en": "Vault OK: encryption, integrity, schema and audit trail ({entries} entries).",
    },
    "cli_passwd_ok": {"nl": "Wachtwoordzin gewijzigd.", "en": "Passphrase changed."},
    "cli_backup_ok": {
        "nl": "Back-up geschreven naar {path} ({size} bytes).",
        "en": "Backup written to {path} ({size} bytes).",
    },
    "cli_restore_ok": {
        "nl": "Back-up teruggezet in {folder}.",
        "en": "Backup restored into {folder}.",
    },
    "cli_interrupted": {"nl": "Afgebroken.", "en": "Interrupted."},
    "cli_unexpected": {
        "nl": "Onverwachte fout ({kind}). Er is niets gewijzigd dat niet was bevestigd.",
        "en": "Unexpected error ({kind}). Nothing unconfirmed was changed.",
    },
    # field validation
    "invalid_input": {
        "nl": "Niet opgeslagen: controleer de gemarkeerde velden ({fields}).",
        "en": "Not saved: check the marked fields ({fields}).",
    },
    "err_too_long": {"nl": "Te lang.", "en": "Too long."},
    "err_dob": {
        "nl": "Geboortedatum moet tussen 01-01-1900 en vandaag liggen.",
        "en": "Date of birth must lie between 01-01-1900 and today.",
    },
    "err_age": {"nl": "Leeftijd moet tussen 0 en 110 liggen.", "en": "Age must be 0 to 110."},
    "err_phone": {
        "nl": "Alleen cijfers, spaties en + - ( ) in een telefoonnummer.",
        "en": "Only digits, spaces and + - ( ) in a phone number.",
    },
    "err_choice": {"nl": "Kies een waarde uit de lijst.", "en": "Choose a value from the list."},
    "err_debts_contradict": {
        "nl": "Past niet bij 'Schulden': kies 'Geen schulden' alleen bij nee, een omvang alleen "
        "bij ja.",
        "en": "Does not match 'Debts': choose 'No debts' only with no, an amount only with yes.",
    },
    "err_municipality": {
        "nl": "Onbekende gemeente: gebruik de CBS-code of de naam (of 'buiten Nederland', "
        "'onbekend').",
        "en": "Unknown municipality: use the CBS code or the name (or 'abroad', 'unknown').",
    },
    "err_date": {
        "nl": "Datum moet tussen 01-01-2000 en vandaag liggen (dd-mm-jjjj).",
        "en": "Date must lie between 01-01-2000 and today (dd-mm-yyyy).",
    },
    "err_date_format": {
        "nl": "Onleesbare datum: gebruik dd-mm-jjjj of jjjj-mm-dd.",
        "en": "Unreadable date: use dd-mm-yyyy or yyyy-mm-dd.",
    },
    "err_forms": {
        "nl": "Kies minstens één vorm van uitbuiting (of 'onbekend').",
        "en": "Choose at least one form of exploitation (or 'unknown').",
    },
    "err_closed_before": {
        "nl": "Afsluitdatum ligt vóór de meldingsdatum of in de toekomst.",
        "en": "Closure date lies before the registration date or in the future.",
    },
    "err_duration": {
        "nl": "Duur in minuten, tussen 0 en 1440.",
        "en": "Duration in minutes, between 0 and 1440.",
    },
    "err_required": {"nl": "Verplicht veld.", "en": "Required field."},
    "err_unknown_value": {
        "nl": "Onbekende waarde '{value}'.",
        "en": "Unknown value '{value}'.",
    },
    "err_number": {"nl": "Geen geldig getal.", "en": "Not a valid number."},
    "err_transition": {
        "nl": "Deze stap kan niet vanuit de huidige status.",
        "en": "This step is not possible from the current status.",
    },
    "err_zrm_scores": {
        "nl": "Geef voor elk ZRM-domein van deze editie een score van 1 tot en met 5.",
        "en": "Give every ZRM domain of this edition a score from 1 to 5.",
    },
    "err_consent_required": {
        "nl": "Geen toestemming voor zorg en doorverwijzing: leg toestemming vast of geef een "
        "schriftelijke reden (minstens 10 tekens) om toch te verwijzen.",
        "en": "No consent for care and referral: record consent or give a written reason "
        "(at least 10 characters) to refer anyway.",
    },
    "consent_required": {
        "nl": "Verwijzen deelt gegevens: toestemming voor zorg ontbreekt.",
        "en": "Referring shares data: consent for care is missing.",
    },
    "err_duplicate": {"nl": "Bestaat al.", "en": "Already exists."},
    "err_score": {"nl": "Score van 1 tot en met 10.", "en": "Score from 1 to 10."},
    "cli_report_done": {
        "nl": "Jaarverslag geschreven naar {path} ({size} bytes); vastgelegd in het "
        "leveringsregister.",
        "en": "Annual report written to {path} ({size} bytes); recorded in the release register.",
    },
    "cli_file_exists": {
        "nl": "{path} bestaat al; er is niets overschreven.",
        "en": "{path} already exists; nothing was overwritten.",
    },
    "cli_export_preview": {
        "nl": "Voorbeeld: {hidden} cellen verborgen, {records} records. Er is niets geschreven.",
        "en": "Preview: {hidden} cells hidden, {records} records. Nothing was written.",
    },
    "cli_export_done": {
        "nl": "Export geschreven: {files} bestanden en manifest.json in {folder} "
        "({hidden} cellen verborgen, {records} records). Vastgelegd in het leveringsregister.",
        "en": "Export written: {files} files and manifest.json in {folder} ({hidden} cells "
        "hidden, {records} records). Recorded in the release register.",
    },
    "invalid_logo": {
        "nl": "Kies een PNG-afbeelding van hoogstens 512 kB als logo.",
        "en": "Choose a PNG image of at most 512 kB as logo.",
    },
    "disclosure_failed": {
        "nl": "Geen veilige tabellen mogelijk voor deze periode; er is niets geschreven. "
        "{detail}",
        "en": "No safe tables possible for this period; nothing was written. {detail}",
    },
    "export_refused": {
        "nl": "Export geweigerd: de controle vond cellen die terug te rekenen zijn ({detail}). "
        "Er is niets geschreven.",
        "en": "Export refused: the check found cells that can be derived ({detail}). "
        "Nothing was written.",
    },
    "invalid_period": {
        "nl": "Ongeldige periode '{period}': gebruik een jaar (2025) of een kwartaal (2025Q3).",
        "en": "Invalid period '{period}': use a year (2025) or a quarter (2025Q3).",
    },
    "export_target_exists": {
        "nl": "In {folder} staan al exportbestanden met deze namen; er is niets overschreven. "
        "Kies een lege map.",
        "en": "{folder} already holds export files with these names; nothing was overwritten. "
        "Choose an empty folder.",
    },
    "err_formula": {
        "nl": "Celinhoud begint met een formuleteken (=, +, -, @) en wordt niet overgenomen.",
        "en": "Cell starts with a formula character (=, +, -, @) and is not taken over.",
    },
    "import_failed": {
        "nl": "Niets geïmporteerd: {bad} van {total} regels bevatten fouten.",
        "en": "Nothing imported: {bad} of {total} rows have errors.",
    },
    "import_unreadable": {
        "nl": "Bestand niet te lezen als CSV (UTF-8) of XLSX: {detail}.",
        "en": "File cannot be read as CSV (UTF-8) or XLSX: {detail}.",
    },
    "cli_import_problem": {
        "nl": "regel {line}, kolom {column}: {reason}",
        "en": "line {line}, column {column}: {reason}",
    },
    "cli_import_done": {
        "nl": "Geïmporteerd: {meldingen} meldingen en {advice} adviesvragen; {duplicates} "
        "regels waren al eerder geïmporteerd ({total} regels).",
        "en": "Imported: {meldingen} reports and {advice} advice questions; {duplicates} rows "
        "were imported before ({total} rows).",
    },
    "cli_import_preview": {
        "nl": "Controle: {meldingen} meldingen en {advice} adviesvragen kunnen worden "
        "geïmporteerd; {duplicates} dubbel ({total} regels). Er is niets opgeslagen.",
        "en": "Check: {meldingen} reports and {advice} advice questions can be imported; "
        "{duplicates} duplicates ({total} rows). Nothing was saved.",
    },
    "cli_import_unknown_columns": {
        "nl": "Onbekende kolommen (niet overgenomen): {columns}",
        "en": "Unknown columns (not taken over): {columns}",
    },
    "cli_demo_done": {
        "nl": "Demogegevens toegevoegd: {persons} personen, {contacts} contacten, {advice} "
        "adviesvragen (synthetisch).",
        "en": "Demo data added: {persons} persons, {contacts} contacts, {advice} advice "
        "questions (synthetic).",
    },
    "import_missing_columns": {
        "nl": "Verplichte kolommen ontbreken: {columns}.",
        "en": "Required columns are missing: {columns}.",
    },
    "advice_not_found": {
        "nl": "Deze adviesvraag bestaat niet (meer); de lijst wordt ververst.",
        "en": "This advice question no longer exists; the list is refreshed.",
    },
    "reason_required": {
        "nl": "Geef een reden (ten hoogste 200 tekens).",
        "en": "Give a reason (at most 200 characters).",
    },
    "def_new_reports": {
        "nl": "Nieuwe meldingen: personen van wie de (laatste) melding in dit jaar valt, met "
        "status vermoedelijk of bevestigd; 'geen mensenhandel' telt niet mee.",
        "en": "New reports: persons whose (latest) registration falls in this year, with "
        "status suspected or confirmed; 'no trafficking' is not counted.",
    },
    "def_advice_questions": {
        "nl": "Adviesvragen: adviesvragen en korte contacten van professionals met een datum "
        "in dit jaar (consultaties uit Netwerk staan apart).",
        "en": "Advice questions: advice questions and short contacts from professionals dated "
        "this year (consultations from Network are counted apart).",
    },
    "def_active_trajectories": {
        "nl": "Actieve trajecten: open casussen (niet afgesloten, niet 'geen mensenhandel') "
        "waarvan het traject niet is afgesloten.",
        "en": "Active trajectories: open cases (not closed, not 'no trafficking') whose "
        "trajectory is not closed.",
    },
    "def_overdue_actions": {
        "nl": "Verlopen acties: open termijnen waarvan de datum voorbij is.",
        "en": "Overdue actions: open deadlines whose date has passed.",
    },
}


def text(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    entry = _TEXTS.get(key, _TEXTS["error"])
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def error_text(error: EmpError, lang: str = DEFAULT_LANGUAGE) -> str:
    params = dict(error.params)
    if "advice" in params and isinstance(params["advice"], list | tuple):
        params["advice"] = " ".join(text(k, lang, minimum=15) for k in params["advice"])
    params.setdefault("detail", "")
    if isinstance(params.get("errors"), dict):
        params["fields"] = ", ".join(params["errors"])
    return text(error.key, lang, **params)


def all_keys() -> list[str]:
    return list(_TEXTS)


def template(key: str, lang: str) -> str:
    return _TEXTS[key][lang]
