"""emp-cli keys/handover/notes as a script runs them: exit codes, JSON, one-line errors."""

from __future__ import annotations

import json
from datetime import date

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.services import handover_service, registry_service, vault_service
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE


def _sender_with_note(folder, note: str):
    opened = vault_service.unlock(folder, PASSPHRASE)
    try:
        ref = registry_service.register_person(
            opened,
            PersonInput(gender="v", municipality="GM0772"),
            RegistrationInput(date=date(2025, 2, 1), note=note),
            IdentityInput(first_name=CANARY, surname="Oosterhout"),
        )
        registry_service.give_consent(opened, ref.id, "overdracht", date(2025, 2, 2), "client")
        return ref.code
    finally:
        vault_service.lock(opened)


def _receiver(tmp_path, name="ontvanger"):
    created = vault_service.create_vault(tmp_path / name, PASSPHRASE, kdf=CHEAP_KDF)
    recipient = handover_service.receiving_recipient(created.vault)
    vault_service.lock(created.vault)
    return tmp_path / name, recipient


def test_keys_show_json_is_the_recipient(cli, test_vault):
    result = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "keys",
        "show",
        "--json",
    )
    assert result.code == 0, result.stderr
    recipient = json.loads(result.stdout)["recipient"]
    assert recipient.startswith("age1")
    again = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "keys",
        "show",
    )
    assert again.stdout.strip() == recipient  # the same key pair every time


def test_export_refused_with_exit_6_while_findings_are_open(cli, test_vault, tmp_path):
    code = _sender_with_note(test_vault.folder, "Belt vanaf 06-98765432.")
    _, recipient = _receiver(tmp_path)
    base = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    out = tmp_path / "o.age"
    refused = cli(*base, "handover", "export", code, "--to", recipient, "--out", out)
    assert refused.code == 6 and not out.exists()
    assert len(refused.stderr.strip().splitlines()) == 1 and "--findings" in refused.stderr
    no_reason = cli(
        *base, "handover", "export", code, "--to", recipient, "--out", out, "--findings", "keep"
    )
    assert no_reason.code == 2 and not out.exists()
    bad_key = cli(
        *base, "handover", "export", code, "--to", "age1xyz", "--out", out, "--findings", "replace"
    )
    assert bad_key.code == 2 and "age1" in bad_key.stderr


def test_import_preview_duplicate_and_foreign(cli, test_vault, tmp_path):
    code = _sender_with_note(test_vault.folder, "")
    folder, recipient = _receiver(tmp_path)
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        person = registry_service.find_person(opened, code)
        handover_service.export_handover(opened, person.id, recipient, tmp_path / "o.age", None)
    finally:
        vault_service.lock(opened)
    base = ("--vault", folder, "--passphrase-file", test_vault.passphrase_file)
    preview = cli(*base, "handover", "import", tmp_path / "o.age", "--preview")
    assert preview.code == 0 and code in preview.stdout and CANARY not in preview.stdout
    assert "meldingen 1" in preview.stdout and "registrations" not in preview.stdout  # Dutch
    done = cli(*base, "handover", "import", tmp_path / "o.age")
    assert done.code == 0 and "EMP-2025-0001" in done.stdout
    twice = cli(*base, "handover", "import", tmp_path / "o.age")
    assert twice.code == 7 and "al eerder" in twice.stderr
    foreign = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "handover",
        "import",
        tmp_path / "o.age",
    )
    assert foreign.code == 4 and "niet voor deze kluis" in foreign.stderr
    closed = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "handover",
        "close",
        code,
        "--to",
        "EMP Tilburg",
    )
    assert closed.code == 0 and "EMP Tilburg" in closed.stdout


def test_notes_scan_json_never_holds_the_text(cli, test_vault):
    code = _sender_with_note(test_vault.folder, "BSN 111222333 en kenteken XR-123-B")
    result = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "notes",
        "scan",
        "--json",
    )
    assert result.code == 0, result.stderr
    lines = json.loads(result.stdout)
    assert {(x["code"], x["field"], x["kind"]) for x in lines} == {
        (code, "melding.notitie", "bsn"),
        (code, "melding.notitie", "kenteken"),
    }
    assert "111222333" not in result.stdout and "XR-123-B" not in result.stdout
