"""Truncated, flipped, older and foreign files; key slots, passphrases and the clock.

Each fault must end in a clear, typed error with its README exit code, and where the
vault is damaged, in the way back (the newest backup), never in an empty vault that
verifies as fine.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import time
import unicodedata

import pytest

from emp_desktop.domain.errors import ConstraintViolated, VaultRolledBack
from emp_desktop.services import backup_service, vault_service
from emp_desktop.services.errors import as_emp_error
from emp_desktop.storage import keyslots
from emp_desktop.storage.registry_models import Person
from tests.conftest import CHEAP_KDF, PASSPHRASE, run_cli
from tests.faults.conftest import copy_vault, one_line_error


def _cli(folder, passphrase_file, *args):
    return run_cli("--vault", folder, "--passphrase-file", passphrase_file, *args)


def _events(folder, n, passphrase=PASSPHRASE):
    opened = vault_service.unlock(folder, passphrase)
    for i in range(n):
        vault_service.record_event(opened, "export", {"n": i})
    vault_service.lock(opened)


def _damaged(result, *words):
    assert result.code == 4, (result.code, result.stderr)
    one_line_error(result)
    for word in words:
        assert word in result.stderr, result.stderr


def test_an_empty_database_is_damage_not_a_new_vault(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    (folder / "vault.db").write_bytes(b"")
    _damaged(_cli(folder, template.passphrase_file, "verify"), "leeg", "restore --from")
    assert (folder / "vault.db").stat().st_size == 0  # opening did not make a schema in it


def test_a_plain_sqlite_file_is_damage(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    (folder / "vault.db").unlink()
    conn = sqlite3.connect(folder / "vault.db")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _damaged(_cli(folder, template.passphrase_file, "info"), "onversleuteld")


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_database_is_damage(tmp_path, template, keep):
    folder = copy_vault(template, tmp_path / "v")
    db = folder / "vault.db"
    db.write_bytes(db.read_bytes()[: int(db.stat().st_size * keep) // 4096 * 4096 or 4096])
    _damaged(_cli(folder, template.passphrase_file, "verify"), "beschadigd")


def test_an_older_database_put_back_says_what_is_missing_and_where_the_backup_is(
    tmp_path, template
):
    folder = copy_vault(template, tmp_path / "v")
    old = tmp_path / "old.db"
    shutil.copy(folder / "vault.db", old)
    opened = vault_service.unlock(folder, PASSPHRASE)
    backup_service.backup_vault(opened, tmp_path / "nieuwste.empbak")
    for i in range(10):
        vault_service.record_event(opened, "export", {"n": i})
    vault_service.lock(opened)
    shutil.copy(old, folder / "vault.db")  # a sync tool puts an older copy back
    with pytest.raises(VaultRolledBack) as caught:
        vault_service.unlock(folder, PASSPHRASE)
    # unlock, backup audit and ten events: twelve commits the old file does not have
    assert caught.value.params["missing"] == 12
    result = _cli(folder, template.passphrase_file, "verify")
    _damaged(result, "mist de laatste 12 wijzigingen", "nieuwste.empbak")


def test_a_database_ahead_of_its_anchor_is_normal(tmp_path, template):
    """A crash before close leaves the database ahead of the anchor: that opens."""
    folder = copy_vault(template, tmp_path / "v")
    slots_before = (folder / "keyslots.json").read_bytes()
    _events(folder, 5)
    (folder / "keyslots.json").write_bytes(slots_before)  # as if close never anchored
    assert _cli(folder, template.passphrase_file, "verify").code == 0


def test_a_forged_anchor_is_damage(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    path = folder / "keyslots.json"
    document = json.loads(path.read_text())
    document["anchor"]["commits"] = 1  # lower it, to hide a rollback
    _rechecksum(path, document)
    _damaged(_cli(folder, template.passphrase_file, "info"), "anker")


def _rechecksum(path, document):
    document.pop("checksum", None)
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    path.write_text(json.dumps({**document, "checksum": digest}))


def test_the_spare_key_file_does_not_bring_back_an_old_passphrase(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    changed = _cli(
        folder, template.passphrase_file, "passwd", "--new-passphrase-file",
        template.new_passphrase_file,
    )
    assert changed.code == 0, changed.stderr
    shutil.copy(folder / "keyslots.json.previous", folder / "keyslots.json")
    assert _cli(folder, template.passphrase_file, "info").code == 3
    assert _cli(folder, template.new_passphrase_file, "info").code == 0


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 2**40, "iterations": 1, "parallelism": 1, "algorithm": "argon2id"},
        {"memory_kib": 1024, "iterations": 10**9, "parallelism": 1, "algorithm": "argon2id"},
        {"memory_kib": 1024, "iterations": 1, "parallelism": 0, "algorithm": "argon2id"},
        {"memory_kib": "veel", "iterations": 1, "parallelism": 1, "algorithm": "argon2id"},
        {"memory_kib": 1024, "iterations": 1, "parallelism": 1, "algorithm": "scrypt"},
    ],
)
def test_absurd_kdf_settings_are_damage_at_once(tmp_path, template, kdf):
    folder = copy_vault(template, tmp_path / "v")
    path = folder / "keyslots.json"
    document = json.loads(path.read_text())
    document["slots"][0]["kdf"] = kdf
    _rechecksum(path, document)
    started = time.monotonic()
    _damaged(_cli(folder, template.passphrase_file, "info"), "sleutelbestand")
    assert time.monotonic() - started < 60


def test_a_missing_key_slot_says_so_without_placeholders(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    path = folder / "keyslots.json"
    document = json.loads(path.read_text())
    document["slots"] = [s for s in document["slots"] if s["kind"] != "passphrase"]
    _rechecksum(path, document)
    result = _cli(folder, template.passphrase_file, "info")
    _damaged(result, "slot passphrase ontbreekt", "keyslots.json.previous")
    assert "{" not in result.stderr


def test_a_flipped_backup_restores_nothing(tmp_path, template):
    opened = vault_service.unlock(template.folder, PASSPHRASE)
    backup_service.backup_vault(opened, tmp_path / "b.empbak")
    vault_service.lock(opened)
    data = bytearray((tmp_path / "b.empbak").read_bytes())
    data[len(data) // 2] ^= 0x40
    (tmp_path / "b.empbak").write_bytes(bytes(data))
    result = _cli(tmp_path / "nieuw", template.passphrase_file, "restore", "--from",
                  tmp_path / "b.empbak")
    _damaged(result, "back-up")
    assert not vault_service.vault_exists(tmp_path / "nieuw")


def test_a_failure_stamped_in_the_future_does_not_lock_anyone_out(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    tomorrow = time.time() + 86_400
    (folder / "unlock-attempts.json").write_text(json.dumps({"failures": [tomorrow] * 25}))
    assert vault_service.seconds_until_next_attempt(folder) == 0
    assert _cli(folder, template.passphrase_file, "info").code == 0


CAFE_NFC = unicodedata.normalize("NFC", "Café-fietsbel-onder-zeventien-wolken")
CAFE_NFD = unicodedata.normalize("NFD", CAFE_NFC)


def test_passphrases_are_nfc_everywhere(tmp_path):
    created = vault_service.create_vault(tmp_path / "v", CAFE_NFC, kdf=CHEAP_KDF)
    vault_service.lock(created.vault)
    vault_service.lock(vault_service.unlock(tmp_path / "v", CAFE_NFD))


def test_a_vault_wrapped_with_a_raw_nfd_passphrase_still_opens(tmp_path):
    """Vaults made before normalisation keep working: opening also tries the raw form."""
    created = vault_service.create_vault(tmp_path / "v", CAFE_NFC, kdf=CHEAP_KDF)
    opened = created.vault
    slots = opened.keyslots
    old_style = _wrap_raw(slots.vault_id, CAFE_NFD, opened.master_key)
    opened.save_keyslots(slots.with_slot(old_style))
    vault_service.lock(opened)
    vault_service.lock(vault_service.unlock(tmp_path / "v", CAFE_NFD))


def _wrap_raw(vault_id, secret, master_key):
    import secrets as random_bytes

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = random_bytes.token_bytes(16), random_bytes.token_bytes(12)
    key = keyslots.derive_key(secret, salt, CHEAP_KDF)  # not normalised: the old behaviour
    aad = keyslots._aad(vault_id, "passphrase", CHEAP_KDF)
    wrapped = AESGCM(key).encrypt(nonce, master_key, aad)
    return keyslots.KeySlot("passphrase", CHEAP_KDF, salt, nonce, wrapped)


@pytest.mark.parametrize(
    "encoded",
    [
        PASSPHRASE.encode("utf-16"),
        PASSPHRASE.encode("utf-16-le"),
        CAFE_NFC.encode("latin-1"),
    ],
    ids=["utf16-bom", "utf16-no-bom", "latin1"],
)
def test_a_passphrase_file_that_is_not_utf8_is_said(tmp_path, template, encoded):
    bad = tmp_path / "pp.txt"
    bad.write_bytes(encoded)
    result = _cli(template.folder, bad, "info")
    assert result.code == 2, result.stderr
    assert "UTF-8" in result.stderr
    one_line_error(result)


def test_a_passphrase_file_with_bom_works(tmp_path, template):
    good = tmp_path / "pp.txt"
    good.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    assert _cli(template.folder, good, "info").code == 0


def test_person_codes_count_past_9999(tmp_path, template):
    from datetime import date

    from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
    from emp_desktop.services import registry_service

    folder = copy_vault(template, tmp_path / "v")
    opened = vault_service.unlock(folder, PASSPHRASE)

    def register():
        return registry_service.register_person(
            opened, PersonInput(), RegistrationInput(date=date(2025, 5, 1)), IdentityInput()
        ).code

    first = register()
    with opened.transaction() as session:
        session.get(Person, 1).code = "EMP-2025-9999"
    codes = [register(), register()]
    vault_service.lock(opened)
    assert first == "EMP-2025-0001"
    assert codes == ["EMP-2025-10000", "EMP-2025-10001"]


def test_a_refused_constraint_is_its_own_error_not_damage(tmp_path, template):
    from datetime import date

    from sqlalchemy import text

    from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
    from emp_desktop.services import registry_service

    folder = copy_vault(template, tmp_path / "v")
    opened = vault_service.unlock(folder, PASSPHRASE)
    try:
        for _ in range(2):
            registry_service.register_person(
                opened, PersonInput(), RegistrationInput(date=date(2025, 5, 1)), IdentityInput()
            )
        with pytest.raises(Exception) as caught, opened.transaction() as session:
            session.execute(text("UPDATE person SET code = 'EMP-2025-0001' WHERE id = 2"))
    finally:
        vault_service.lock(opened)
    typed = as_emp_error(caught.value)
    assert isinstance(typed, ConstraintViolated)
    assert typed.exit_code == 1 and "person.code" in typed.params["detail"]


def test_files_and_folder_are_owner_only(tmp_path, template, secrets_dir):
    folder = tmp_path / "v"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    code = tmp_path / "code.txt"
    result = run_cli(
        "--vault", folder, "--passphrase-file", secrets_dir / "pass.txt", "init",
        "--recovery-out", code,
    )
    assert result.code == 0, result.stderr
    assert folder.stat().st_mode & 0o777 == 0o700
    assert code.stat().st_mode & 0o777 == 0o600
    opened = vault_service.unlock(folder, PASSPHRASE)
    vault_service.record_event(opened, "export", {})
    modes = {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir() if p.is_file()}
    vault_service.lock(opened)
    assert {"vault.db-wal", "vault.db-shm", "vault.db"} <= set(modes)
    assert set(modes.values()) == {0o600}, modes


def test_an_existing_recovery_file_is_never_overwritten(tmp_path, secrets_dir):
    code = tmp_path / "code.txt"
    code.write_text("de code van een andere kluis\n")
    result = run_cli(
        "--vault", tmp_path / "v", "--passphrase-file", secrets_dir / "pass.txt", "init",
        "--recovery-out", code,
    )
    assert result.code == 2 and "bestaat al" in result.stderr
    assert code.read_text() == "de code van een andere kluis\n"
    assert not vault_service.vault_exists(tmp_path / "v")


def test_demo_on_a_folder_without_a_vault_shows_the_code(tmp_path, secrets_dir):
    result = run_cli(
        "--vault", tmp_path / "v", "--passphrase-file", secrets_dir / "pass.txt", "demo",
        "--persons", "3", "--contacts-per-person", "1",
    )
    assert result.code == 0, result.stderr
    code = [line for line in result.stdout.splitlines() if line.count("-") == 6][0]
    vault_service.lock(vault_service.recover(tmp_path / "v", code, "nieuwe-zin-voor-de-demo-42"))


def test_an_interrupted_init_is_said_and_can_be_run_again(tmp_path, secrets_dir):
    folder = tmp_path / "v"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF, pending=True)
    vault_service.lock(created.vault)  # killed before the code was shown
    result = run_cli("--vault", folder, "--passphrase-file", secrets_dir / "pass.txt", "info")
    assert result.code == 1 and "onderbroken" in result.stderr
    one_line_error(result)
    again = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    vault_service.lock(again.vault)
    assert vault_service.vault_exists(folder)
