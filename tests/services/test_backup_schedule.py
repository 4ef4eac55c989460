"""Automatic backups on real vaults and real folders, with a clock the test controls."""

from __future__ import annotations

import errno
import json
from datetime import datetime, timedelta

import pytest

from emp_desktop.domain.errors import BackupDamaged, NoBackupTargets
from emp_desktop.domain.rotation import RotationPolicy
from emp_desktop.services import backup_schedule, backup_service, vault_service
from emp_desktop.services.backup_schedule import ScheduleSettings
from emp_desktop.storage import backup_targets
from tests.conftest import PASSPHRASE

START = datetime(2025, 1, 6, 18, 0)


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_simulated_months_keep_the_policy_and_only_our_files(opened, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    (target / "mijn-eigen-kopie.empbak").write_bytes(b"van de gebruiker")
    (target / "notities.txt").write_text("niet van de app")
    policy = RotationPolicy(daily=3, weekly=2, monthly=3)
    for step in range(16):  # a backup every 8 days for four months
        now = START + timedelta(days=8 * step)
        (outcome,) = backup_schedule.auto_backup(opened, [target], now=now, policy=policy)
        assert outcome.status == "ok", outcome
    ours = [n for n in _names(target) if n.startswith("emp-kluis-")]
    assert len(ours) <= 3 + 2 + 3
    assert f"emp-kluis-{now:%Y-%m-%d-%H%M}.empbak" in ours  # the newest
    assert {"mijn-eigen-kopie.empbak", "notities.txt", ".emp-backups.json"} <= set(_names(target))
    assert not backup_targets.staging_dir(target).exists()
    listed = {item.file: item for item in backup_schedule.list_backups(target)}
    assert all(listed[n].verified and listed[n].ours for n in ours)
    assert not listed["mijn-eigen-kopie.empbak"].verified
    assert listed[ours[-1]].schema_revision is not None


def test_a_file_the_user_changed_is_never_deleted(opened, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    policy = RotationPolicy(daily=1, weekly=0, monthly=0)
    (first,) = backup_schedule.auto_backup(opened, [target], now=START, policy=policy)
    with open(target / first.file, "ab") as handle:
        handle.write(b"door de gebruiker aangevuld")
    later = START + timedelta(days=30)
    backup_schedule.auto_backup(opened, [target], now=later, policy=policy)
    assert (target / first.file).exists()


def test_unreachable_and_full_targets_are_reported_and_others_still_get_theirs(
    opened, tmp_path, monkeypatch
):
    good, full = tmp_path / "share", tmp_path / "vol"
    good.mkdir()
    full.mkdir()
    monkeypatch.setattr(
        backup_targets, "free_bytes", lambda folder: 10 if folder == full else 1 << 40
    )
    missing = tmp_path / "usb-niet-aangesloten"
    outcomes = backup_schedule.auto_backup(opened, [missing, full, good], now=START)
    assert [o.status for o in outcomes] == ["unreachable", "full", "ok"]
    assert not missing.exists()  # an unplugged stick's mount point is never created
    assert _names(full) == []
    assert outcomes[1].error.exit_code == 8
    assert backup_schedule.backup_status(opened).last_verified == START


def test_disk_full_while_writing_leaves_no_partial_file(opened, tmp_path, monkeypatch):
    target = tmp_path / "usb"
    target.mkdir()
    real = backup_service.backup_vault

    def fills_up(vault, out, progress=None):  # the real backup, then the stick is full
        real(vault, out, progress)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_service, "backup_vault", fills_up)
    (outcome,) = backup_schedule.auto_backup(opened, [target], now=START)
    assert outcome.status == "full"
    assert _names(target) == []


def test_verification_rejects_a_damaged_or_foreign_backup(opened, tmp_path, test_vault):
    path = tmp_path / "kopie.empbak"
    backup_service.backup_vault(opened, path)
    assert backup_schedule.verify_backup(opened, path).schema_revision
    data = bytearray(path.read_bytes())
    data[-5000] ^= 0x01
    damaged = tmp_path / "beschadigd.empbak"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        backup_schedule.verify_backup(opened, damaged)


def test_settings_live_in_the_vault_and_progress_is_reported(opened, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(NoBackupTargets):
        backup_schedule.auto_backup(opened)
    settings = ScheduleSettings((str(target),), RotationPolicy(5, 3, 6), 10)
    backup_schedule.save_schedule_settings(opened, settings)
    assert backup_schedule.schedule_settings(opened) == settings
    steps = []
    backup_schedule.auto_backup(opened, now=START, progress=lambda d, t: steps.append((d, t)))
    assert steps and steps[-1][0] == steps[-1][1] and steps == sorted(steps)
    status = backup_schedule.backup_status(opened)
    assert status.warn_days == 10 and not status.is_overdue(START + timedelta(days=10))
    assert status.is_overdue(START + timedelta(days=11))


def test_cli_backup_auto_and_list(cli, test_vault, tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    base = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    result = cli(*base, "backup", "auto", "--target", target, "--target", tmp_path / "weg")
    assert result.code == 1
    assert "niet bereikbaar" in result.stderr and "geverifieerd" in result.stdout
    listed = cli(*base, "backup", "list", "--target", target, "--json")
    (item,) = json.loads(listed.stdout)
    assert set(item) >= {"file", "time", "size", "schema_revision", "verified"}
    assert item["verified"] is True and item["file"].startswith("emp-kluis-")
    assert cli(*base, "backup", "auto", "--target", target).code == 0
    assert cli(*base, "backup").code == 2
