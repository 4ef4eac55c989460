"""Flipped bytes in the database or key slots: exit 4 and a clear message, never a crash,
never 'wrong passphrase'."""

from __future__ import annotations

import pytest

from emp_desktop.services import vault_service
from tests.conftest import PASSPHRASE


def _grow(folder):
    """Some pages beyond the header, so there is something to damage in the middle."""
    opened = vault_service.unlock(folder, PASSPHRASE)
    for i in range(300):
        vault_service.record_event(opened, "export", {"table": f"tabel-{i}", "pad": "x" * 200})
    vault_service.lock(opened)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("fraction", [0.0, 0.002, 0.3, 0.6, 0.99])
def test_flipped_database_bytes_give_exit_4(cli, test_vault, fraction):
    _grow(test_vault.folder)
    db = test_vault.folder / "vault.db"
    _flip(db, int(db.stat().st_size * fraction) + 100)
    result = cli(
        "--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file, "verify"
    )
    assert result.code == 4, (result.code, result.stderr)
    assert "beschadigd" in result.stderr
    assert "Traceback" not in result.stderr and "onjuist" not in result.stderr


@pytest.mark.parametrize("offset", [3, 120, 400, -30])
def test_flipped_keyslot_bytes_give_exit_4_not_wrong_passphrase(cli, test_vault, offset):
    _flip(test_vault.folder / "keyslots.json", offset)
    result = cli(
        "--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file, "info"
    )
    assert result.code == 4, (result.code, result.stderr)
    assert "sleutelbestand" in result.stderr and "geen onjuiste" in result.stderr


def test_missing_database_is_damage(cli, test_vault):
    (test_vault.folder / "vault.db").unlink()
    result = cli(
        "--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file, "info"
    )
    assert result.code == 4
