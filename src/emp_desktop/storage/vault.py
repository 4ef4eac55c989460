"""A vault is a folder: the SQLCipher database, its key slots, and nothing readable.

vault.db                 SQLCipher 4 database (+ -wal/-shm while open)
keyslots.json            the wrapped master key (passphrase and recovery slots)
keyslots.json.previous   the version before the last change of key slots
unlock-attempts.json     timestamps of failed unlocks, for the back-off
vault.lock               held by the one process that has the vault open
backups/                 encrypted copies made before schema upgrades
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from emp_desktop.domain.errors import VaultDamaged, VaultExists, VaultNotFound, WrongSecret
from emp_desktop.storage import audit, keyslots
from emp_desktop.storage.atomic import make_private_dir
from emp_desktop.storage.engine import disable_core_dumps, open_engine
from emp_desktop.storage.keyslots import KdfParams, KeySlotFile
from emp_desktop.storage.migrate import upgrade_to_head
from emp_desktop.storage.throttle import UnlockThrottle
from emp_desktop.storage.vault_lock import VaultLock


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

    def exists(self) -> bool:
        return self.keyslots.exists() or self.database.exists()


class OpenVault:
    """An unlocked vault. Holds the engine and the process lock until `close()`."""

    def __init__(
        self, paths: VaultPaths, lock: VaultLock, slots: KeySlotFile, master_key: bytes
    ) -> None:
        self.paths = paths
        self.keyslots = slots
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
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def save_keyslots(self, slots: KeySlotFile) -> None:
        keyslots.save(self.paths.keyslots, slots)
        self.keyslots = slots

    def close(self) -> None:
        """Disposes every connection, forgets the key, releases the folder."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._master_key = None
        self._lock.release()


def _locked(paths: VaultPaths) -> VaultLock:
    make_private_dir(paths.folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    return lock


def create(folder: Path, passphrase: str, recovery_code: str, kdf: KdfParams) -> OpenVault:
    disable_core_dumps()
    paths = VaultPaths(folder)
    lock = _locked(paths)
    try:
        if paths.exists():
            raise VaultExists(folder=folder)
        master_key = keyslots.new_master_key()
        slots = keyslots.create(master_key, passphrase, recovery_code, kdf)
        # Key slots first: a database without its key slots could never be opened.
        keyslots.save(paths.keyslots, slots)
        vault = OpenVault(paths, lock, slots, master_key)
        upgrade_to_head(vault.engine, paths.database, paths.backups)
        with vault.transaction() as session:
            audit.append(session, "vault_created")
        return vault
    except BaseException:
        lock.release()
        raise


def open_with(folder: Path, secret: str, slot_kind: str) -> OpenVault:
    """Unlocks with the passphrase or the recovery code; applies the back-off."""
    disable_core_dumps()
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(folder=folder)
    lock = _locked(paths)
    try:
        master_key, slots = _unwrap_throttled(paths, secret, slot_kind)
        if not paths.database.exists():
            raise VaultDamaged(detail="database ontbreekt")
        vault = OpenVault(paths, lock, slots, master_key)
        upgrade_to_head(vault.engine, paths.database, paths.backups)
        return vault
    except BaseException:
        lock.release()
        raise


def _unwrap_throttled(paths: VaultPaths, secret: str, slot_kind: str) -> tuple[bytes, KeySlotFile]:
    throttle = UnlockThrottle(paths.attempts)
    throttle.check()
    slots = keyslots.load(paths.keyslots)
    try:
        master_key = keyslots.unwrap(slots.vault_id, slots.slot(slot_kind), secret)
    except WrongSecret:
        throttle.record_failure()
        raise
    throttle.record_success()
    return master_key, slots
