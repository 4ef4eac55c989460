"""A full disk (a real tmpfs, filled to the last byte) is its own error: exit 8.

Reading, checking and a backup to another disk keep working on a full vault disk; what
cannot be written is refused with the folder named; nothing saved before is lost.
"""

from __future__ import annotations

from emp_desktop.services import backup_service, vault_service
from tests.conftest import PASSPHRASE, run_cli
from tests.faults.conftest import fill, one_line_error


def _on_tmpfs(tmpfs, template, tmp_path):
    opened = vault_service.unlock(template.folder, PASSPHRASE)
    backup_service.backup_vault(opened, tmp_path / "b.empbak")
    vault_service.lock(opened)
    folder = tmpfs / "kluis"
    vault_service.lock(backup_service.restore_backup(tmp_path / "b.empbak", folder, PASSPHRASE))
    return folder


def _audit_count(folder) -> int:
    opened = vault_service.unlock(folder, PASSPHRASE)
    try:
        assert vault_service.verify_vault(opened).ok
        return len(vault_service.audit_log(opened))
    finally:
        vault_service.lock(opened)


def test_a_full_vault_disk_still_reads_checks_and_backs_up_elsewhere(tmpfs, template, tmp_path):
    folder = _on_tmpfs(tmpfs, template, tmp_path)
    before = _audit_count(folder)
    filler = fill(tmpfs)
    args = ("--vault", folder, "--passphrase-file", template.passphrase_file)
    for command in (("info",), ("verify",), ("audit",)):
        result = run_cli(*args, *command)
        assert result.code == 0, (command, result.stderr)
    backed = run_cli(*args, "backup", "--out", tmp_path / "elders.empbak")
    assert backed.code == 0, backed.stderr
    assert "auditlog" in backed.stderr  # said, not silent: the entry could not be written
    for command in (
        ("backup", "--out", tmpfs / "hier.empbak"),
        ("demo", "--persons", "5", "--contacts-per-person", "1"),
    ):
        result = run_cli(*args, *command)
        assert result.code == 8, (command, result.code, result.stderr)
        assert "vol" in result.stderr and "MB" in result.stderr
        one_line_error(result)
    assert not [p for p in tmpfs.iterdir() if p.name.startswith(".")]
    filler.unlink()
    assert _audit_count(folder) >= before  # nothing acknowledged was lost
    restored = backup_service.restore_backup(tmp_path / "elders.empbak", tmp_path / "r", PASSPHRASE)
    vault_service.lock(restored)


def test_init_and_restore_on_a_full_disk_say_so(tmpfs, template, tmp_path):
    opened = vault_service.unlock(template.folder, PASSPHRASE)
    backup_service.backup_vault(opened, tmp_path / "b.empbak")
    vault_service.lock(opened)
    filler = fill(tmpfs)
    restore = run_cli(
        "--vault", tmpfs / "r", "--passphrase-file", template.passphrase_file, "restore",
        "--from", tmp_path / "b.empbak",
    )
    assert restore.code == 8, restore.stderr
    one_line_error(restore)
    init = run_cli(
        "--vault", tmpfs / "n", "--passphrase-file", template.passphrase_file, "init",
        "--recovery-out", tmp_path / "code.txt",
    )
    assert init.code == 8, init.stderr
    one_line_error(init)
    filler.unlink()
    # Both can simply be run again once there is room.
    again = run_cli(
        "--vault", tmpfs / "r", "--passphrase-file", template.passphrase_file, "restore",
        "--from", tmp_path / "b.empbak",
    )
    assert again.code == 0, again.stderr
