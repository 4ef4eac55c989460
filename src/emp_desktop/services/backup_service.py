"""Backup and restore, as a coordinator does them: one file, checked before anything changes."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from emp_desktop.domain import recovery_code as recovery
from emp_desktop.domain.errors import DiskFull, VaultDamaged
from emp_desktop.services.dto import BackupResult
from emp_desktop.storage import audit, backup, keyslots, leftovers, migrate, vault
from emp_desktop.storage.atomic import fsync_dir, make_private_dir, temp_path
from emp_desktop.storage.backup import Progress
from emp_desktop.storage.engine import (
    connect_plain,
    connect_raw,
    is_disk_full,
    open_engine,
    read_position,
)
from emp_desktop.storage.keyslots import PASSPHRASE_SLOT, RECOVERY_SLOT
from emp_desktop.storage.vault import OpenVault, VaultPaths


def backup_vault(opened: OpenVault, out: Path, progress: Progress | None = None) -> BackupResult:
    """Writes the backup, then audits it and anchors the vault: the entry follows the act.

    The snapshot is staged next to `out`, never in the vault folder, so a backup to
    another disk works while the vault's own disk is full.
    """
    created = datetime.now(UTC).isoformat(timespec="seconds")
    out = out.absolute()
    snapshot = out.with_name(f".{out.name}.snapshot.tmp")
    _require_space(opened, out.parent)
    temps = [*leftovers.with_side_files(snapshot), temp_path(out)]
    with leftovers.tracked(opened.paths.folder, temps):
        try:
            snapshot.unlink(missing_ok=True)
            backup.snapshot_database(opened, snapshot)
            slots = _slots_for_snapshot(opened, snapshot)
            backup.write_backup(
                snapshot,
                keyslots.to_bytes(slots),
                out,
                created,
                migrate.current_revision(opened.engine),
                progress,
            )
        except OSError as error:
            if is_disk_full(error):
                raise DiskFull(folder=out.parent, needed_mb=_needed_mb(opened)) from None
            raise
        finally:
            snapshot.unlink(missing_ok=True)
    audited = _audit_backup(opened, out)
    return BackupResult(out, out.stat().st_size, created, audited)


def _needed_mb(opened: OpenVault) -> int:
    size = opened.paths.database.stat().st_size
    return 2 * size // (1024 * 1024) + 1  # the snapshot and the backup file


def _require_space(opened: OpenVault, folder: Path) -> None:
    needed = _needed_mb(opened)
    if shutil.disk_usage(folder).free < needed * 1024 * 1024:
        raise DiskFull(folder=folder, needed_mb=needed)


def _slots_for_snapshot(opened: OpenVault, snapshot: Path) -> keyslots.KeySlotFile:
    """The key slots with an anchor of the snapshot itself, so a restore checks out."""
    conn = connect_plain(snapshot, opened.master_key)  # reads only; the file stays as made
    try:
        commits, count, head = read_position(conn)
    finally:
        conn.close()
    slots = opened.keyslots
    anchor = keyslots.make_anchor(opened.master_key, slots.vault_id, commits, count, head)
    return replace(slots, anchor=anchor)


def _audit_backup(opened: OpenVault, out: Path) -> bool:
    try:
        with opened.transaction() as session:
            audit.append(session, "backup", detail={"file": out.name})
        opened.anchor(last_backup=out)
    except DiskFull:
        return False
    except OSError as error:
        if not is_disk_full(error):
            raise
        return False
    return True


def restore_backup(
    source: Path,
    target: Path,
    secret: str,
    *,
    recovery_code: bool = False,
    progress: Progress | None = None,
) -> OpenVault:
    """Restores into an empty or new folder (or one a killed restore left); returns it open.

    The folder carries `.creating` until the last file has its final name, so a restore
    killed half-way leaves a folder that the next restore clears and fills again.
    """
    header, offset = backup.read_header(source)
    slots = keyslots.from_bytes(header.keyslots)
    kind, secret = (
        (RECOVERY_SLOT, recovery.normalise(secret)) if recovery_code else (PASSPHRASE_SLOT, secret)
    )
    master_key = keyslots.unwrap(slots.vault_id, slots.slot(kind), secret)
    paths = VaultPaths(target)
    if not paths.is_unfinished():
        backup.ensure_empty_target(target)
    else:
        make_private_dir(target)
    vault.begin_creation(paths)
    staged = target / ".restore-staged.db"
    try:
        backup.extract_database(source, header, offset, staged, progress)
        _check_staged(staged, master_key)
        os.replace(staged, paths.database)
        keyslots.save(paths.keyslots, slots)  # last: key slots make the folder a vault
        fsync_dir(target)
    except OSError as error:
        if is_disk_full(error):
            raise DiskFull(folder=target, needed_mb=header.db_size // (1024 * 1024) + 1) from None
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
    vault.finish_creation(target)
    opened = vault.open_with(target, secret, kind)
    with opened.transaction() as session:
        audit.append(session, "restore", detail={"file": source.name, "created": header.created})
    return opened


def _check_staged(staged: Path, master_key: bytes) -> None:
    """Everything `verify` checks, on the staged copy, before it takes the vault's place."""
    conn = connect_raw(staged, master_key)
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise VaultDamaged(detail="paginacontrole mislukt")
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise VaultDamaged(detail="integriteitscontrole mislukt")
    finally:
        conn.close()
    engine = open_engine(staged, master_key)
    try:
        with Session(engine) as session:
            audit.verify(session)
    finally:
        engine.dispose()


# The staged checks of a restore, for the automatic backups' test-restore
# (services/backup_schedule.py) without opening a second vault.
check_staged = _check_staged
