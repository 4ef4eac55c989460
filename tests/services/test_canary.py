"""A canary written through the app never reaches a file in plaintext: not in the vault
folder, not in a backup, not in the temp dir, not in logs or output."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from emp_desktop.services import backup_service, vault_service
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE


def _encodings(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _files_containing(folder: Path, needles: list[bytes]) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(path)
    return found


def _register_canary_person(opened) -> None:
    from datetime import date, datetime

    from emp_desktop.domain.registry import (
        ContactInput,
        IdentityInput,
        PersonInput,
        RegistrationInput,
    )
    from emp_desktop.services import draft_service, registry_service

    identity = IdentityInput(
        first_name=CANARY,
        surname=CANARY,
        aliases=CANARY,
        phone="06-12345678",
        address=f"{CANARY}straat 1",
    )
    ref = registry_service.register_person(
        opened,
        PersonInput(municipality="GM0772"),
        RegistrationInput(date=date(2025, 1, 2)),
        identity,
    )
    for i in range(50):
        registry_service.add_contact(
            opened,
            ref.id,
            ContactInput(
                at=datetime(2025, 1, 3, 10, i), note=f"{CANARY} notitie {i}", with_whom=CANARY
            ),
        )
    registry_service.reveal_identity(opened, ref.id)
    draft_service.save_draft(opened, "quick_entry", {"note": CANARY})


def test_canary_reaches_no_file(tmp_path, monkeypatch, caplog, capfd):
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    opened = created.vault
    # Enough rows that the pages are written, overwritten and checkpointed.
    for i in range(200):
        vault_service.set_organisation_name(opened, f"{CANARY} {i}")
        vault_service.record_event(opened, "identity_revealed", {"note": f"{CANARY} {i}"})
    assert vault_service.organisation_name(opened) == f"{CANARY} 199"
    _register_canary_person(opened)
    backup_service.backup_vault(opened, tmp_path / "kluis.empbak")
    vault_service.lock(opened)

    needles = _encodings(CANARY) + _encodings("Zzqcanary")
    assert _files_containing(tmp_path, needles) == []
    assert "Zzqcanary" not in caplog.text
    out, err = capfd.readouterr()
    assert "Zzqcanary" not in out + err
    assert list(private_tmp.iterdir()) == []  # nothing went through temp files at all
    assert os.listdir(folder)  # and the vault really is there
