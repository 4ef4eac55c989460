"""Backup and restore, as a coordinator does them: one file, checked before anything changes."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from emp_desktop.domain import recovery_code as recovery
from emp_desktop.domain.errors import VaultDamaged
from emp_desktop.services.dto import BackupResult
from emp_desktop.storage import audit, backup, keyslots, migrate, vault
from emp_desktop.storage.atomic import fsync_dir
from emp_desktop.storage.backup import Progress
from emp_desktop.storage.engine import connect_raw, open_engine
from emp_desktop.storage.keyslots import PASSPHRASE_SLOT, RECOVERY_SLOT
from emp_desktop.storage.vault import OpenVault, VaultPaths


def backup_vault(opened: OpenVault, out: Path, progress: Progress | None = None) -> BackupResult:
    created = datetime.now(UTC).isoformat(timespec="seconds")
    with opened.transaction() as session:  # audited first, so the backup contains it too
        audit.append(session, "backup", detail={"file": out.name})
    snapshot = opened.paths.folder / ".backup-snapshot.db"
    snapshot.unlink(missing_ok=True)
    try:
        backup.snapshot_database(opened, snapshot)
        backup.write_backup(
            snapshot,
            keyslots.to_bytes(opened.keyslots),
            out,
            created,
            migrate.current_revision(opened.engine),
            progress,
        )
    finally:
        snapshot.unlink(missing_ok=True)
    return BackupResult(out, out.stat().st_size, created)


def restore_backup(
    source: Path,
    target: Path,
    secret: str,
    *,
    recovery_code: bool = False,
    progress: Progress | None = None,
) -> OpenVault:
    """Restores into an empty or new folder; returns the restored vault, open."""
    header, offset = backup.read_header(source)
    slots = keyslots.from_bytes(header.keyslots)
    kind, secret = (
        (RECOVERY_SLOT, recovery.normalise(secret)) if recovery_code else (PASSPHRASE_SLOT, secret)
    )
    master_key = keyslots.unwrap(slots.vault_id, slots.slot(kind), secret)
    backup.ensure_empty_target(target)
    paths = VaultPaths(target)
    staged = target / ".restore-staged.db"
    try:
        backup.extract_database(source, header, offset, staged, progress)
        _check_staged(staged, master_key)
        keyslots.save(paths.keyslots, slots)
        os.replace(staged, paths.database)
        fsync_dir(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
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
