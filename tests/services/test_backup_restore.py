"""Backup → restore gives the same vault; restore checks everything before it writes."""

from __future__ import annotations

import json

import pytest

from emp_desktop.domain.errors import BackupDamaged, KeySlotsDamaged, TargetNotEmpty, WrongSecret
from emp_desktop.services import backup_service, vault_service
from tests.conftest import PASSPHRASE


def _info(cli, folder, passphrase_file):
    result = cli("--vault", folder, "--passphrase-file", passphrase_file, "info", "--json")
    assert result.code == 0, result.stderr
    info = json.loads(result.stdout)
    info.pop("folder")
    info.pop("database_bytes")  # the restored file is compacted differently
    info["record_counts"].pop("audit_log")  # the restore itself is audited
    return info


def test_backup_then_restore_gives_identical_info(cli, test_vault, tmp_path):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    vault_service.set_organisation_name(opened, "EMP Eindhoven (demo)")
    vault_service.lock(opened)
    backup_file = tmp_path / "kluis.empbak"
    made = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "backup",
        "--out",
        backup_file,
    )
    assert made.code == 0, made.stderr
    assert backup_file.read_bytes()[:16] == b"EMP-DESKTOP-BAK1"
    restored = tmp_path / "terug"
    result = cli(
        "--vault",
        restored,
        "--passphrase-file",
        test_vault.passphrase_file,
        "restore",
        "--from",
        backup_file,
    )
    assert result.code == 0, result.stderr
    assert _info(cli, restored, test_vault.passphrase_file) == _info(
        cli, test_vault.folder, test_vault.passphrase_file
    )
    reopened = vault_service.unlock(restored, PASSPHRASE)
    try:
        assert vault_service.organisation_name(reopened) == "EMP Eindhoven (demo)"
        actions = [line.action for line in vault_service.audit_log(reopened)]
        without_unlocks = [a for a in actions if a != "unlock"]
        # The backup is audited after it was made (in the vault, not in the copy itself).
        assert without_unlocks[0] == "restore" and "backup" not in without_unlocks
        assert vault_service.verify_vault(reopened).ok
    finally:
        vault_service.lock(reopened)


@pytest.fixture
def backup_file(test_vault, tmp_path):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        return backup_service.backup_vault(opened, tmp_path / "kluis.empbak").path
    finally:
        vault_service.lock(opened)


def test_restore_with_the_recovery_code(test_vault, backup_file, tmp_path):
    opened = backup_service.restore_backup(
        backup_file, tmp_path / "r", test_vault.recovery_code, recovery_code=True
    )
    assert vault_service.verify_vault(opened).ok
    vault_service.lock(opened)


def test_restore_never_overwrites_a_vault(test_vault, backup_file):
    before = (test_vault.folder / "vault.db").read_bytes()
    with pytest.raises(TargetNotEmpty):
        backup_service.restore_backup(backup_file, test_vault.folder, PASSPHRASE)
    assert (test_vault.folder / "vault.db").read_bytes() == before


def test_wrong_passphrase_writes_nothing(backup_file, tmp_path):
    with pytest.raises(WrongSecret):
        backup_service.restore_backup(backup_file, tmp_path / "r", "niet-de-goede-wachtwoordzin")
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize("where", ["header", "keyslots", "database", "truncated"])
def test_damaged_backup_is_refused_and_writes_nothing_final(backup_file, tmp_path, where):
    data = bytearray(backup_file.read_bytes())
    if where == "header":
        data[2] ^= 0xFF
    elif where == "keyslots":
        data[data.index(b"wrapped_key") + 20] ^= 0x01
    elif where == "database":
        data[-5000] ^= 0x01
    else:
        data = data[:-4096]
    backup_file.write_bytes(bytes(data))
    target = tmp_path / "r"
    with pytest.raises((BackupDamaged, KeySlotsDamaged)):
        backup_service.restore_backup(backup_file, target, PASSPHRASE)
    assert not (target / "vault.db").exists() and not (target / "keyslots.json").exists()


def test_damaged_backup_via_cli_exits_4(cli, backup_file, test_vault, tmp_path):
    data = bytearray(backup_file.read_bytes())
    data[-100] ^= 0x01
    backup_file.write_bytes(bytes(data))
    result = cli(
        "--vault",
        tmp_path / "r",
        "--passphrase-file",
        test_vault.passphrase_file,
        "restore",
        "--from",
        backup_file,
    )
    assert result.code == 4 and "Er is niets teruggezet" in result.stderr
