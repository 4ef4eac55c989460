"""Erasure on request: the canary is gone from every decrypted page of the database, its
WAL and every new backup; released periods export to identical tables afterwards; bad
input changes nothing."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from emp_desktop.domain.errors import (
    AlreadyErased,
    ErasureReasonMissing,
    ErasureReasonNamesPerson,
    PersonNotFound,
)
from emp_desktop.domain.registry import (
    ContactInput,
    IdentityInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.services import (
    backup_service,
    demo_service,
    draft_service,
    erasure_service,
    export_files,
    export_service,
    registry_service,
    vault_service,
)
from emp_desktop.storage.registry_models import Contact, Identity, NameToken, Registration
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE
from tests.services.decrypted_pages import (
    backup_plaintext,
    contains,
    database_plaintext,
    wal_plaintext,
)

PROFILES = ("comensha", "gemeente", "comensha-records")
NEEDLES = (CANARY, "zzqcanary", "vogelsang", "06-98765432")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    demo_service.fill_demo(created.vault, 300, seed=5, today=date(2026, 6, 30))
    vault_service.lock(created.vault)
    return folder


@pytest.fixture
def vault(demo_folder, tmp_path):
    """A fresh copy of the (closed) demo vault for every test."""
    shutil.copytree(demo_folder, tmp_path / "kluis")
    opened = vault_service.unlock(tmp_path / "kluis", PASSPHRASE)
    yield opened
    if opened.is_open:
        vault_service.lock(opened)


def _canary_person(opened) -> str:
    ref = registry_service.register_person(
        opened,
        PersonInput(municipality="GM0772", nationality="NL"),
        RegistrationInput(date=date(2025, 3, 3)),
        IdentityInput(first_name=CANARY, surname="Vogelsang", phone="06-98765432"),
    )
    registry_service.give_consent(opened, ref.id, "comensha", date(2025, 3, 3), "client")
    for i in range(30):
        contact = ContactInput(
            at=datetime(2025, 3, 4, 9, i), note=f"{CANARY} {i}", with_whom=CANARY
        )
        registry_service.add_contact(opened, ref.id, contact)
    registry_service.set_next_action(opened, ref.id, f"bel {CANARY}", date(2025, 4, 1))
    draft_service.save_draft(opened, f"person:{ref.id}", {"note": CANARY})
    return ref.code


def _plaintext(opened) -> bytes:
    db = opened.paths.database
    wal = db.with_name(db.name + "-wal")
    plain = database_plaintext(db.read_bytes(), opened.master_key)
    return plain + (wal_plaintext(wal.read_bytes(), opened.master_key) if wal.exists() else b"")


def _found(plain: bytes) -> list[str]:
    return [n for n in NEEDLES if contains(plain, n)]


def _export_all(opened, folder) -> dict[str, bytes]:
    files = {}
    for profile in PROFILES:
        preview = export_service.prepare_export(opened, profile, "2025")
        result = export_files.write_export(opened, preview, folder / profile)
        for name in (n for n in result.files if n.endswith(".csv")):  # XLSX holds a time
            files[f"{profile}/{name}"] = (folder / profile / name).read_bytes()
    return files


def test_erased_canary_is_in_no_page_of_database_wal_or_new_backup(vault, tmp_path):
    code = _canary_person(vault)
    old_backup = tmp_path / "voor.empbak"
    backup_service.backup_vault(vault, old_backup)
    # Positive control: the search finds the canary while it is still there.
    assert _found(_plaintext(vault) + backup_plaintext(old_backup, vault.master_key))

    result = erasure_service.erase_person(vault, code, "verzoek betrokkene per brief")

    assert result.wal_cleared
    assert _found(_plaintext(vault)) == []
    new_backup = tmp_path / "na.empbak"
    backup_service.backup_vault(vault, new_backup)
    assert _found(backup_plaintext(new_backup, vault.master_key)) == []
    # and a full restore of that backup holds no trace either
    restored = backup_service.restore_backup(new_backup, tmp_path / "terug", PASSPHRASE)
    try:
        assert _found(_plaintext(restored)) == []
    finally:
        vault_service.lock(restored)


def test_erasure_keeps_the_coded_registration_and_audits_code_and_reason(vault):
    code = _canary_person(vault)
    ref = registry_service.find_person(vault, code)
    erasure_service.erase_person(vault, code, "verzoek betrokkene")
    with vault.transaction() as s:
        assert s.get(Identity, ref.id) is None
        assert s.scalar(select(func.count()).where(NameToken.person_id == ref.id)) == 0
        assert s.scalar(select(func.count()).where(Registration.person_id == ref.id)) == 1
        notes = set(s.scalars(select(Contact.note).where(Contact.person_id == ref.id)))
        assert notes == {""}
    assert draft_service.load_draft(vault, f"person:{ref.id}") is None
    entry = vault_service.audit_log(vault, limit=1)[0]
    assert entry.action == "person_erased" and entry.subject == code
    assert entry.detail == {"reason": "verzoek betrokkene"}
    listed = {p.code: p for p in erasure_service.persons_overview(vault)}
    assert listed[code].erased and listed[code].registration_year == 2025


def test_released_periods_export_identical_tables_after_erasure(vault, tmp_path):
    code = _canary_person(vault)
    before = _export_all(vault, tmp_path / "voor")
    erasure_service.erase_person(vault, code, "verzoek betrokkene")
    after = _export_all(vault, tmp_path / "na")
    assert after == before


def test_bad_input_is_refused_and_changes_nothing(vault):
    code = _canary_person(vault)
    head = vault_service.audit_log(vault, limit=1)[0].id
    with pytest.raises(PersonNotFound):
        erasure_service.erase_person(vault, "EMP-0000-XXXX", "verzoek betrokkene")
    with pytest.raises(ErasureReasonMissing):
        erasure_service.erase_person(vault, code, "   ")
    with pytest.raises(ErasureReasonNamesPerson):
        erasure_service.erase_person(vault, code, "verzoek van mevrouw Vogelsang")
    assert vault_service.audit_log(vault, limit=1)[0].id == head
    assert registry_service.reveal_identity(vault, registry_service.find_person(vault, code).id)
    erasure_service.erase_person(vault, code, "verzoek betrokkene")
    with pytest.raises(AlreadyErased):
        erasure_service.erase_person(vault, code, "verzoek betrokkene")


def test_cli_persons_and_erase(cli, tmp_path, secrets_dir):
    import json

    folder = tmp_path / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    code = _canary_person(created.vault)
    vault_service.lock(created.vault)
    base = ("--vault", folder, "--passphrase-file", secrets_dir / "pass.txt")
    listed = cli(*base, "persons", "--json")
    assert listed.code == 0 and CANARY not in listed.stdout and "Vogelsang" not in listed.stdout
    (row,) = json.loads(listed.stdout)
    assert set(row) >= {"code", "tier", "registration_year", "status", "closed"}
    unknown = cli(*base, "person", "erase", "EMP-0000-XXXX", "--reason", "verzoek")
    assert unknown.code == 1 and "Geen persoon met code" in unknown.stderr
    empty = cli(*base, "person", "erase", code, "--reason", " ")
    assert empty.code == 2 and "reden" in empty.stderr
    assert cli(*base, "person", "erase", code, "--reason", "verzoek").code == 0
    twice = cli(*base, "person", "erase", code, "--reason", "verzoek")
    assert twice.code == 1 and "al gewist" in twice.stderr


def _auto_vacuum(opened) -> int:
    raw = opened.engine.raw_connection()
    try:
        return raw.driver_connection.execute("PRAGMA auto_vacuum").fetchone()[0]
    finally:
        raw.close()


def test_a_vault_made_before_incremental_vacuum_switches_at_its_first_erasure(vault):
    raw = vault.engine.raw_connection()
    try:  # as vaults made before this version are
        raw.driver_connection.execute("PRAGMA auto_vacuum = NONE")
        raw.driver_connection.execute("VACUUM")
    finally:
        raw.close()
    assert _auto_vacuum(vault) == 0
    code = _canary_person(vault)
    assert erasure_service.erase_person(vault, code, "verzoek betrokkene").wal_cleared
    assert _auto_vacuum(vault) == 2
    assert _found(_plaintext(vault)) == []
