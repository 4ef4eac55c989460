"""User-facing texts for errors and CLI output, Dutch first, English second.

The GUI's own labels are translated with Qt Linguist; these texts are shared by the
CLI and the GUI because both report the same errors.
"""

from __future__ import annotations

from emp_desktop.domain import messages_safekeeping
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
    "cli_export_reproduced": {
        "nl": "Deze periode is al eerder geleverd: dezelfde tabellen en records gaan opnieuw uit.",
        "en": "This period was released before: the same tables and records leave again.",
    },
    "cli_export_late": {
        "nl": "Latere wijzigingen (nagekomen of gecorrigeerde registraties) die hier niet in "
        "zitten: {count}. De cijfers van dit jaar liggen vast sinds de eerste levering uit dit "
        "jaar; een correctielevering (--correction) kan ze meetellen.",
        "en": "Later changes (late or corrected registrations) not included: {count}. The "
        "figures of this year are fixed since its first release; a correction release "
        "(--correction) can count them.",
    },
    "cli_export_correction": {
        "nl": "Correctie, revisie {revision}: telt de latere wijzigingen (nagekomen of "
        "gecorrigeerde registraties) mee: {count}. Het verschil met elke eerdere levering uit "
        "dit jaar is getoetst.",
        "en": "Correction, revision {revision}: includes the later changes (late or corrected "
        "registrations): {count}. The difference with every earlier release of this year was "
        "audited.",
    },
    "correction_refused": {
        "nl": "Correctielevering geweigerd; er is niets geschreven. {detail}",
        "en": "Correction release refused; nothing was written. {detail}",
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
    "period_not_begun": {
        "nl": "Periode {period} is nog niet begonnen: er valt niets te leveren.",
        "en": "Period {period} has not begun yet: there is nothing to release.",
    },
    "invalid_profile": {
        "nl": "Onbekend exportprofiel '{profile}': kies uit {profiles}.",
        "en": "Unknown export profile '{profile}': choose from {profiles}.",
    },
    "invalid_threshold": {
        "nl": "{name} = {value} kan niet: kies een geheel getal van {low} tot en met {high}. "
        "Lager dan {low} zou aantallen of groepen van minder dan {low} personen tonen.",
        "en": "{name} = {value} is not allowed: choose a whole number from {low} to {high}. "
        "Below {low} would show counts or groups of fewer than {low} persons.",
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
    "release_refused": {
        "nl": "Levering geweigerd door de privacycontrole: {detail}. Er is niets geschreven.",
        "en": "Release refused by disclosure control: {detail}. Nothing was written.",
    },
    "output_not_writable": {
        "nl": "Kan niet schrijven naar {path}: {reason}. Er is niets geleverd; kies een andere "
        "plek.",
        "en": "Cannot write to {path}: {reason}. Nothing was released; choose another place.",
    },
    "logo_unreadable": {
        "nl": "Het logo in Instellingen is geen leesbare afbeelding; kies een ander logo of "
        "verwijder het. Er is geen jaarverslag gemaakt.",
        "en": "The logo in Settings is not a readable image; choose another logo or remove it. "
        "No annual report was made.",
    },
    "vault_incomplete": {
        "nl": "Het maken of terugzetten van de kluis in {folder} is onderbroken; er staat nog "
        "niets in. Voer 'emp-cli init' (of 'restore') opnieuw uit.",
        "en": "Creating or restoring the vault in {folder} was interrupted; it holds nothing "
        "yet. Run 'emp-cli init' (or 'restore') again.",
    },
    "vault_rolled_back": {
        "nl": "De kluis mist de laatste {missing} wijzigingen: het databasebestand is ouder dan "
        "de kluis zelf (een teruggezette kopie of verloren schrijfacties).",
        "en": "The vault is missing its last {missing} changes: the database file is older than "
        "the vault itself (a copy put back, or lost writes).",
    },
    "constraint_violated": {
        "nl": "Niet opgeslagen: dit gegeven bestaat al of verwijst naar iets dat er niet is "
        "({detail}). De kluis is niet beschadigd.",
        "en": "Not saved: this already exists or refers to something that does not "
        "({detail}). The vault is not damaged.",
    },
    "disk_full": {
        "nl": "De schijf van {folder} is vol: maak minstens {needed_mb} MB vrij en probeer het "
        "opnieuw. Er is niets verloren van wat al was opgeslagen.",
        "en": "The disk of {folder} is full: free at least {needed_mb} MB and try again. "
        "Nothing that was already saved is lost.",
    },
    "restore_hint_backup": {
        "nl": "Nieuwste back-up: {path}. Zet die terug met 'emp-cli --vault NIEUWE-MAP restore "
        "--from {path}'.",
        "en": "Newest backup: {path}. Restore it with 'emp-cli --vault NEW-FOLDER restore "
        "--from {path}'.",
    },
    "restore_hint_none": {
        "nl": "Dat gaat met 'emp-cli --vault NIEUWE-MAP restore --from BESTAND'.",
        "en": "Use 'emp-cli --vault NEW-FOLDER restore --from FILE'.",
    },
    "passphrase_file_encoding": {
        "nl": "Bestand {path} is geen UTF-8-tekst; sla de wachtwoordzin op als UTF-8 (met of "
        "zonder BOM).",
        "en": "File {path} is not UTF-8 text; save the passphrase as UTF-8 (with or "
        "without BOM).",
    },
    "cli_disk_full_unaudited": {
        "nl": "Let op: de schijf van de kluis is vol; '{action}' staat daardoor niet in het "
        "auditlog.",
        "en": "Note: the vault's disk is full, so '{action}' is not in the audit trail.",
    },
    "import_too_large": {
        "nl": "Bestand geweigerd: {detail}. Er is niets gelezen of opgeslagen.",
        "en": "File refused: {detail}. Nothing was read or saved.",
    },
    "import_missing_columns": {
        "nl": "Verplichte kolommen ontbreken: {columns}.",
        "en": "Required columns are missing: {columns}.",
    },
    "invalid_region": {
        "nl": "Regio niet opgeslagen: {detail}. Er is niets gewijzigd.",
        "en": "Region not saved: {detail}. Nothing was changed.",
    },
    "unknown_municipalities": {
        "nl": "Regio niet opgeslagen: onbekende gemeente(n) {entries}. Gebruik een CBS-code "
        "(GM0599), een naam of een vroegere naam. Er is niets gewijzigd.",
        "en": "Region not saved: unknown municipality(ies) {entries}. Use a CBS code (GM0599), "
        "a name or a former name. Nothing was changed.",
    },
    "cli_region_saved": {
        "nl": "Regio {name} opgeslagen: {count} gemeenten ({provinces}).",
        "en": "Region {name} saved: {count} municipalities ({provinces}).",
    },
    "cli_region_preset": {
        "nl": "(standaardregio: er is nog geen regio ingesteld)",
        "en": "(default region: no region has been set yet)",
    },
    # free-text guard and handover
    "freetext_unresolved": {
        "nl": "Niet geschreven: {count} mogelijke persoonsgegevens in vrije tekst zijn nog niet "
        "beoordeeld. Kies per vondst vervangen of behouden (met reden); op de opdrachtregel "
        "--findings replace of --findings keep --reason TEKST.",
        "en": "Not written: {count} possible personal data in free text are not yet decided. "
        "Choose replace or keep (with a reason) per finding; on the command line "
        "--findings replace or --findings keep --reason TEXT.",
    },
    "freetext_reason_missing": {
        "nl": "Geef een reden om een vondst in vrije tekst te behouden (--reason).",
        "en": "Give a reason for keeping a finding in free text (--reason).",
    },
    "handover_no_consent": {
        "nl": "Geen overdracht: {code} heeft geen (geldige) toestemming voor overdracht. "
        "Leg die eerst vast bij Toestemmingen.",
        "en": "No handover: {code} has no (valid) consent for handover. Record it first "
        "under Consents.",
    },
    "handover_not_for_vault": {
        "nl": "Dit overdrachtsbestand is niet voor deze kluis versleuteld (of de kop ervan is "
        "gewijzigd). Er is niets veranderd.",
        "en": "This handover file was not encrypted for this vault (or its header was "
        "changed). Nothing was changed.",
    },
    "handover_damaged": {
        "nl": "Het overdrachtsbestand is beschadigd of gewijzigd ({detail}). Er is niets "
        "veranderd.",
        "en": "The handover file is damaged or was changed ({detail}). Nothing was changed.",
    },
    "handover_duplicate": {
        "nl": "Deze overdracht ({code}) is al eerder ingelezen. Er is niets veranderd.",
        "en": "This handover ({code}) was imported before. Nothing was changed.",
    },
    "handover_not_sent": {
        "nl": "{code} is nog niet overgedragen: maak eerst een overdrachtsbestand.",
        "en": "{code} has not been handed over yet: make a handover file first.",
    },
    "handover_bad_recipient": {
        "nl": "Dit is geen geldige ontvangstsleutel (die begint met age1…). Vraag de "
        "ontvangende zorgcoördinator om de sleutel uit Instellingen.",
        "en": "This is not a valid receiving key (it starts with age1…). Ask the receiving "
        "coordinator for the key from Settings.",
    },
    "handover_unknown_code": {
        "nl": "Geen persoon met code {code} in deze kluis.",
        "en": "No person with code {code} in this vault.",
    },
    "cli_handover_done": {
        "nl": "Overdrachtsbestand geschreven: {path} (versleuteld voor {recipient}).",
        "en": "Handover file written: {path} (encrypted for {recipient}).",
    },
    "cli_handover_preview": {
        "nl": "Overdracht van {sender} ({organisation}, {created}): {gender}, leeftijd {age}, "
        "gemeente {municipality}, identiteit {identity}; {counts}.",
        "en": "Handover of {sender} ({organisation}, {created}): {gender}, age {age}, "
        "municipality {municipality}, identity {identity}; {counts}.",
    },
    "cli_handover_imported": {
        "nl": "Ingelezen als {code} (code bij afzender: {sender}).",
        "en": "Imported as {code} (sender's code: {sender}).",
    },
    "cli_handover_closed": {
        "nl": "{code} afgesloten: overgedragen aan {to}.",
        "en": "{code} closed: handed over to {to}.",
    },
    "cli_notes_none": {
        "nl": "Geen mogelijke persoonsgegevens gevonden in vrije tekst.",
        "en": "No possible personal data found in free text.",
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

_TEXTS.update(messages_safekeeping.TEXTS)


class _Unknown(dict):
    """A parameter nobody supplied prints as '…', never as a raw '{placeholder}'."""

    def __missing__(self, key: str) -> str:
        return "…"


def text(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    entry = _TEXTS.get(key, _TEXTS["error"])
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format_map(_Unknown(params))
    except (IndexError, ValueError):
        return template


def error_text(error: EmpError, lang: str = DEFAULT_LANGUAGE) -> str:
    params = dict(error.params)
    if "advice" in params and isinstance(params["advice"], list | tuple):
        params["advice"] = " ".join(text(k, lang, minimum=15) for k in params["advice"])
    params.setdefault("detail", "")
    params.setdefault("backup", "keyslots.json.previous")
    if isinstance(params.get("errors"), dict):
        params["fields"] = ", ".join(params["errors"])
    message = text(error.key, lang, **params)
    if "restore_from" in params:  # damage: say where the way back is
        newest = params["restore_from"]
        hint = text("restore_hint_backup", lang, path=newest) if newest else None
        message = f"{message} {hint or text('restore_hint_none', lang)}"
    return message


def all_keys() -> list[str]:
    return list(_TEXTS)


def template(key: str, lang: str) -> str:
    return _TEXTS[key][lang]
