"""A vault is a folder: the SQLCipher database, its key slots, and nothing readable.

vault.db                 SQLCipher 4 database (+ -wal/-shm while open)
keyslots.json            the wrapped master key (passphrase and recovery slots) and the
                         anchor: where the database stood at the last lock or backup
keyslots.json.previous   a spare copy of keyslots.json (same content), for a damaged one
unlock-attempts.json     timestamps of failed unlocks, for the back-off
vault.lock               held by the one process that has the vault open
.creating                present while `init` or `restore` runs; the folder is a vault
                         only once it is gone (after the recovery code was shown)
backups/                 encrypted copies made before schema upgrades
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from emp_desktop.domain.errors import (
    DiskFull,
    VaultDamaged,
    VaultExists,
    VaultIncomplete,
    VaultNotFound,
    VaultRolledBack,
    WrongSecret,
)
from emp_desktop.storage import audit, keyslots, leftovers
from emp_desktop.storage.atomic import (
    PRIVATE_FILE_MODE,
    fsync_dir,
    make_private_dir,
    tighten_files,
)
from emp_desktop.storage.engine import (
    DISK_HEADROOM_MB,
    audit_hash_at,
    connect_plain,
    disable_core_dumps,
    is_disk_full,
    is_operational,
    leave_wal,
    low_on_space,
    open_engine,
    read_position,
)
from emp_desktop.storage.keyslots import KdfParams, KeySlotFile
from emp_desktop.storage.migrate import current_revision, refuse_newer, upgrade_to_head
from emp_desktop.storage.throttle import UnlockThrottle
from emp_desktop.storage.vault_lock import VaultLock

SQLITE_MAGIC = b"SQLite format 3\x00"
# What an interrupted `init` or `restore` may leave; removed before it runs again.
UNFINISHED_NAMES = (
    "vault.db",
    "vault.db-wal",
    "vault.db-shm",
    "keyslots.json",
    "keyslots.json.previous",
    "unlock-attempts.json",
    ".restore-staged.db",
)


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "vault.db"

    @property
    def keyslots(self) -> Path:
        return self.folder / "keyslots.json"

    @property
    def attempts(self) -> Path:
        return self.folder / "unlock-attempts.json"

    @property
    def lock(self) -> Path:
        return self.folder / "vault.lock"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def creating(self) -> Path:
        return self.folder / ".creating"

    def exists(self) -> bool:
        """A finished vault: an interrupted `init` or `restore` does not count."""
        if self.is_unfinished():
            return False
        return self.keyslots.exists() or self.database.exists()

    def is_unfinished(self) -> bool:
        return self.creating.exists()

    def newest_backup(self, slots: KeySlotFile | None = None) -> Path | None:
        """The newest backup this vault knows of: the last one made, or one in backups/."""
        candidates = list(self.backups.glob("*.empbak")) if self.backups.is_dir() else []
        if slots is not None and slots.anchor is not None and slots.anchor.last_backup:
            candidates.append(Path(slots.anchor.last_backup))
        existing = [p for p in candidates if p.is_file()]
        return max(existing, key=lambda p: p.stat().st_mtime, default=None)


class OpenVault:
    """An unlocked vault. Holds the engine and the process lock until `close()`."""

    def __init__(
        self, paths: VaultPaths, lock: VaultLock, slots: KeySlotFile, master_key: bytes
    ) -> None:
        self.paths = paths
        self.keyslots = slots
        self.unaudited_unlock = False  # set when a full disk kept `unlock` out of the trail
        self._lock = lock
        self._master_key: bytes | None = master_key
        self._engine: Engine | None = open_engine(paths.database, master_key)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from emp_desktop.domain.errors import VaultLocked

            raise VaultLocked()
        return self._engine

    @property
    def master_key(self) -> bytes:
        if self._master_key is None:
            from emp_desktop.domain.errors import VaultLocked

            raise VaultLocked()
        return self._master_key

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except Exception as error:
            original = getattr(error, "orig", None) or error
            if is_disk_full(original) or (
                is_operational(original) and low_on_space(self.paths.folder)
            ):
                raise DiskFull(folder=self.paths.folder, needed_mb=DISK_HEADROOM_MB) from None
            raise

    def save_keyslots(self, slots: KeySlotFile) -> None:
        keyslots.save(self.paths.keyslots, slots)
        self.keyslots = slots

    def position(self) -> tuple[int, int, str]:
        raw = self.engine.raw_connection()
        try:
            return read_position(raw.driver_connection)
        finally:
            raw.close()

    def anchor(self, last_backup: Path | None = None) -> None:
        """Records where the database stands now in the key slots (outside the database)."""
        commits, count, head = self.position()
        previous = self.keyslots.anchor
        kept = previous.last_backup if previous else ""
        backup_name = str(last_backup) if last_backup else kept
        new = keyslots.make_anchor(
            self.master_key, self.keyslots.vault_id, commits, count, head, backup_name
        )
        if new != previous:
            self.save_keyslots(replace(self.keyslots, anchor=new))

    def close(self) -> None:
        """Checkpoints the WAL, anchors, disposes every connection, forgets the key.

        Never fails: on a full disk the anchor stays behind the database, which the next
        unlock accepts (a database ahead of its anchor is what a crash leaves too).
        """
        if self._engine is not None:
            with contextlib.suppress(Exception):
                from emp_desktop.storage.migrate import checkpoint

                checkpoint(self._engine)
            with contextlib.suppress(Exception):
                self.anchor()
            self._engine.dispose()
            with contextlib.suppress(Exception):
                leave_wal(self.paths.database, self.master_key)
        self._engine = None
        self._master_key = None
        self._lock.release()


def _locked(paths: VaultPaths) -> VaultLock:
    make_private_dir(paths.folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    return lock


def begin_creation(paths: VaultPaths) -> None:
    """Marks the folder as being created, after clearing what an interrupted run left."""
    if paths.is_unfinished():
        for name in UNFINISHED_NAMES:
            (paths.folder / name).unlink(missing_ok=True)
        leftovers.sweep_folder(paths.folder)
    paths.creating.touch(mode=PRIVATE_FILE_MODE)
    fsync_dir(paths.folder)


def finish_creation(folder: Path) -> None:
    """From here on the folder is a vault (the recovery code has been shown or saved)."""
    paths = VaultPaths(folder)
    paths.creating.unlink(missing_ok=True)
    fsync_dir(paths.folder)


def _new_database_file(path: Path) -> None:
    # Created by us with 0600 first, so SQLite (and its -wal/-shm, which copy the
    # database's mode) never makes a world-readable file, whatever the umask.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def create(
    folder: Path, passphrase: str, recovery_code: str, kdf: KdfParams, *, pending: bool = False
) -> OpenVault:
    """A new vault. With `pending`, it counts as created only after `finish_creation`."""
    disable_core_dumps()
    paths = VaultPaths(folder)
    lock = _locked(paths)
    vault = None
    try:
        if paths.exists():
            raise VaultExists(folder=folder)
        begin_creation(paths)
        master_key = keyslots.new_master_key()
        slots = keyslots.create(master_key, passphrase, recovery_code, kdf)
        # Key slots first: a database without its key slots could never be opened.
        keyslots.save(paths.keyslots, slots)
        _new_database_file(paths.database)
        vault = OpenVault(paths, lock, slots, master_key)
        upgrade_to_head(vault.engine, paths.database, paths.backups)
        with vault.transaction() as session:
            audit.append(session, "vault_created")
        vault.anchor()
        if not pending:
            finish_creation(folder)
        return vault
    except BaseException as error:
        if vault is not None and vault.is_open:
            vault.engine.dispose()
        lock.release()
        if is_disk_full(getattr(error, "orig", None) or error):
            raise DiskFull(folder=folder, needed_mb=16) from None
        raise


def open_with(folder: Path, secret: str, slot_kind: str) -> OpenVault:
    """Unlocks with the passphrase or the recovery code; applies the back-off."""
    disable_core_dumps()
    paths = VaultPaths(folder)
    if paths.is_unfinished():
        raise VaultIncomplete(folder=folder)
    if not paths.exists():
        raise VaultNotFound(folder=folder)
    lock = _locked(paths)
    vault = None
    slots = None
    try:
        tighten_files(paths.folder)
        master_key, slots = _unwrap_throttled(paths, secret, slot_kind)
        _check_database_file(paths.database)
        _refuse_newer_schema(paths.database, master_key)
        vault = OpenVault(paths, lock, slots, master_key)
        if current_revision(vault.engine) is None:
            raise VaultDamaged(detail="database is leeg of hoort niet bij een kluis")
        _check_anchor(vault)
        upgrade_to_head(vault.engine, paths.database, paths.backups)
        _tidy(paths)
        return vault
    except BaseException as error:
        if vault is not None and vault.is_open:
            vault.engine.dispose()
        lock.release()
        if isinstance(error, VaultDamaged):
            error.params.setdefault("restore_from", paths.newest_backup(slots))
        raise


def _check_database_file(path: Path) -> None:
    """An empty or plain SQLite file is damage; opening must never turn it into a vault."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise VaultDamaged(detail="database ontbreekt") from None
    if not start:
        raise VaultDamaged(detail="databasebestand is leeg")
    if start == SQLITE_MAGIC:
        raise VaultDamaged(detail="onversleuteld databasebestand, geen kluis")


def _refuse_newer_schema(path: Path, master_key: bytes) -> None:
    """Before the engine's pragmas (WAL) touch the file: a vault of a newer version stays
    exactly as it is, so that version can still open it. Damage is left to the checks
    that follow, which say what is wrong."""
    try:
        conn = connect_plain(path, master_key)
    except sqlcipher.DatabaseError:
        return
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError:
        return
    finally:
        conn.close()
    refuse_newer(row[0] if row else None)


def _check_anchor(vault: OpenVault) -> None:
    """The database must not be behind where it stood at the last lock or backup."""
    anchor = vault.keyslots.anchor
    if anchor is None:
        return  # made before anchors existed; the first lock writes one
    if not keyslots.anchor_is_authentic(vault.master_key, vault.keyslots.vault_id, anchor):
        raise VaultDamaged(detail="anker in het sleutelbestand klopt niet")
    commits, count, _head = vault.position()
    if commits < anchor.commits or count < anchor.audit_count:
        missing = max(anchor.commits - commits, anchor.audit_count - count)
        raise VaultRolledBack(missing=missing)
    raw = vault.engine.raw_connection()
    try:
        linked = anchor.audit_count == 0 or (
            audit_hash_at(raw.driver_connection, anchor.audit_count) == anchor.audit_head
        )
    finally:
        raw.close()
    if not linked:
        raise VaultDamaged(detail="database hoort niet bij deze kluis of is vervangen")


def _tidy(paths: VaultPaths) -> None:
    """Best effort after unlocking: temp files of a killed command, the spare key slots."""
    with contextlib.suppress(OSError):
        leftovers.sweep(paths.folder)
    with contextlib.suppress(OSError):
        keyslots.refresh_spare(paths.keyslots)


def _unwrap_throttled(paths: VaultPaths, secret: str, slot_kind: str) -> tuple[bytes, KeySlotFile]:
    throttle = UnlockThrottle(paths.attempts)
    throttle.check()
    slots = keyslots.load(paths.keyslots)
    try:
        master_key = keyslots.unwrap(slots.vault_id, slots.slot(slot_kind), secret)
    except WrongSecret:
        throttle.record_failure()
        raise
    except keyslots.KeySlotsDamaged as error:
        error.params.setdefault("backup", keyslots.previous_path(paths.keyslots))
        raise
    throttle.record_success()
    return master_key, slots
