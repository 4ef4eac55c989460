"""Backups by themselves: a verified backup on every reachable target, then rotation.

Per target: write `emp-kluis-YYYY-MM-DD-HHMM.empbak` in the target's hidden work
folder, test-restore it on a staged copy (magic, header checksum, key slots equal to the
vault's, size and SHA-256 of the database, SQLCipher page HMACs, SQLite integrity and
the audit chain), publish it under its name, record it in the target's bookkeeping, then
rotate (domain.rotation). A target that is unreachable or full is reported and the
others still get their backup; a failed one leaves nothing behind.

The clock is a parameter (`now`), so rotation over simulated months is testable.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from emp_desktop.domain.errors import (
    BackupDamaged,
    BackupTargetFull,
    EmpError,
    InvalidBackupSchedule,
    NoBackupTargets,
)
from emp_desktop.domain.rotation import KeptBackup, RotationPolicy, backup_name, to_keep
from emp_desktop.services import backup_service
from emp_desktop.storage import backup, backup_targets, keyslots
from emp_desktop.storage.backup_targets import IndexEntry
from emp_desktop.storage.models import VaultMeta
from emp_desktop.storage.vault import OpenVault

SETTINGS_KEY = "backup_schedule"
LAST_VERIFIED_KEY = "backup_last_verified"
DEFAULT_WARN_DAYS = 7
HEADROOM = 1.05  # free space needed: the database plus 5 %, checked before writing
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ScheduleSettings:
    targets: tuple[str, ...] = ()
    policy: RotationPolicy = field(default_factory=RotationPolicy)
    warn_days: int = DEFAULT_WARN_DAYS


@dataclass(frozen=True)
class TargetOutcome:
    target: str
    status: str  # ok | unreachable | full | failed
    file: str | None = None
    size: int = 0
    seconds: float = 0.0
    kept: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    error: EmpError | None = None


@dataclass(frozen=True)
class BackupListing:
    file: str
    time: str
    size: int
    schema_revision: str | None
    verified: bool
    ours: bool


@dataclass(frozen=True)
class BackupStatus:
    last_verified: datetime | None
    warn_days: int

    def age_days(self, now: datetime) -> int | None:
        return None if self.last_verified is None else (now - self.last_verified).days

    def is_overdue(self, now: datetime) -> bool:
        age = self.age_days(now)
        return age is None or age > self.warn_days


# --- settings, kept in the vault ------------------------------------------------------


def schedule_settings(opened: OpenVault) -> ScheduleSettings:
    with opened.transaction() as session:
        row = session.get(VaultMeta, SETTINGS_KEY)
    if row is None:
        return ScheduleSettings()
    doc = json.loads(row.value)
    policy = RotationPolicy(doc["daily"], doc["weekly"], doc["monthly"])
    return ScheduleSettings(tuple(doc["targets"]), policy, doc["warn_days"])


def save_schedule_settings(opened: OpenVault, settings: ScheduleSettings) -> None:
    if not settings.policy.is_valid() or not 1 <= settings.warn_days <= 365:
        raise InvalidBackupSchedule()
    p = settings.policy
    doc = {
        "targets": [str(Path(t)) for t in settings.targets],
        "daily": p.daily,
        "weekly": p.weekly,
        "monthly": p.monthly,
        "warn_days": settings.warn_days,
    }
    with opened.transaction() as session:
        session.merge(VaultMeta(key=SETTINGS_KEY, value=json.dumps(doc)))


def backup_status(opened: OpenVault) -> BackupStatus:
    with opened.transaction() as session:
        row = session.get(VaultMeta, LAST_VERIFIED_KEY)
    last = datetime.fromisoformat(row.value) if row else None
    return BackupStatus(last, schedule_settings(opened).warn_days)


def reachable_targets(opened: OpenVault) -> list[str]:
    return [t for t in schedule_settings(opened).targets if backup_targets.is_reachable(Path(t))]


# --- the run ---------------------------------------------------------------------------


def auto_backup(
    opened: OpenVault,
    targets: Sequence[str | Path] | None = None,
    *,
    now: datetime | None = None,
    policy: RotationPolicy | None = None,
    progress: Progress | None = None,
) -> tuple[TargetOutcome, ...]:
    settings = schedule_settings(opened)
    chosen = [str(t) for t in (targets if targets else settings.targets)]
    if not chosen:
        raise NoBackupTargets()
    now = now or datetime.now().replace(microsecond=0)
    policy = policy or settings.policy
    outcomes = []
    for index, target in enumerate(chosen):
        step = _scaled(progress, index, len(chosen))
        outcomes.append(_one_target(opened, Path(target), now, policy, step))
    if any(o.status == "ok" for o in outcomes):
        with opened.transaction() as session:
            session.merge(VaultMeta(key=LAST_VERIFIED_KEY, value=now.isoformat()))
    return tuple(outcomes)


def _scaled(progress: Progress | None, index: int, count: int) -> Progress | None:
    """Two phases (write, test-restore) per target, on one bar of count × 2000 steps."""
    if progress is None:
        return None

    def step(done: int, total: int) -> None:
        progress(index * 2000 + int(2000 * done / max(total, 1)), count * 2000)

    return step


def _one_target(
    opened: OpenVault, target: Path, now: datetime, policy: RotationPolicy, step: Progress | None
) -> TargetOutcome:
    if not backup_targets.is_reachable(target):
        return TargetOutcome(str(target), "unreachable")
    started = time.monotonic()
    backup_targets.remove_leftovers(target)
    if backup_targets.free_bytes(target) < _needed_bytes(opened):
        return TargetOutcome(str(target), "full", error=_full())
    try:
        entry = _write_verified(opened, target, now, step)
    except OSError as error:
        backup_targets.remove_leftovers(target)
        status = "full" if backup_targets.is_disk_full(error) else "unreachable"
        return TargetOutcome(str(target), status, error=_full() if status == "full" else None)
    except EmpError as error:
        backup_targets.remove_leftovers(target)
        status = "full" if error.exit_code == 8 else "failed"
        return TargetOutcome(str(target), status, error=error)
    kept, deleted = rotate(target, now, policy)
    return TargetOutcome(
        str(target), "ok", entry.name, entry.size, time.monotonic() - started, kept, deleted
    )


def _full() -> EmpError:
    return BackupTargetFull()


def _needed_bytes(opened: OpenVault) -> int:
    database = opened.paths.database
    wal = database.with_name(database.name + "-wal")
    size = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return int(size * HEADROOM) + (1 << 20)


def _write_verified(
    opened: OpenVault, target: Path, now: datetime, step: Progress | None
) -> IndexEntry:
    index = backup_targets.load_index(target)
    taken = {p.name for p in target.iterdir()} | set(index)
    name = backup_name(now, taken)
    staging = backup_targets.staging_dir(target)
    staging.mkdir(mode=0o700, exist_ok=True)
    work = staging / name
    result = backup_service.backup_vault(opened, work, _phase(step, 0))
    header = verify_backup(opened, work, _phase(step, 1))
    backup_targets.publish(work, target / name)
    backup_targets.remove_leftovers(target)
    entry = IndexEntry(name, now.isoformat(), result.size_bytes, header.schema_revision, True)
    index[name] = entry
    backup_targets.save_index(target, index)
    return entry


def _phase(step: Progress | None, phase: int) -> Progress | None:
    """Phase 0 (write) fills the first half of a target's bar, phase 1 (verify) the second."""
    if step is None:
        return None
    return lambda done, total: step(phase * total + done, 2 * total)


def verify_backup(opened: OpenVault, path: Path, progress: Progress | None = None):  # noqa: ANN201
    """The staged test-restore; raises BackupDamaged/VaultDamaged, returns the header."""
    header, offset = backup.read_header(path)
    _check_backup_slots(opened, keyslots.from_bytes(header.keyslots))
    # The staged copy is the still-encrypted database; it never lands in the vault folder.
    with tempfile.TemporaryDirectory(prefix="emp-verify-") as folder:
        staged = Path(folder) / "staged.db"
        backup.extract_database(path, header, offset, staged, progress)
        backup_service.check_staged(staged, opened.master_key)
    return header


def _check_backup_slots(opened: OpenVault, backed_up: keyslots.KeySlotFile) -> None:
    """The backup's key slots are the vault's own; its anchor (of the snapshot) is signed.

    The anchor differs from the vault's by design: it records where the snapshot stood,
    so that a restore can tell an older database put back from the one backed up.
    """
    current = opened.keyslots
    if (backed_up.vault_id, backed_up.slots) != (current.vault_id, current.slots):
        raise BackupDamaged(detail="sleutelbestand wijkt af van dat van de kluis")
    anchor = backed_up.anchor
    if anchor is not None and not keyslots.anchor_is_authentic(
        opened.master_key, backed_up.vault_id, anchor
    ):
        raise BackupDamaged(detail="anker van de back-up is niet echt")


# --- rotation and listing ----------------------------------------------------------------


def rotate(
    target: Path, now: datetime, policy: RotationPolicy
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Deletes the app's own backups that the policy no longer keeps; nothing else."""
    index = backup_targets.load_index(target)
    ours = {n: e for n, e in index.items() if backup_targets.is_ours(target, e)}
    keep = to_keep((KeptBackup(n, e.created_at, e.verified) for n, e in ours.items()), now, policy)
    deleted = sorted(set(ours) - keep)
    for name in deleted:
        backup_targets.delete_backup(target, name)
    # Entries of files that are gone (deleted here or by the user) leave the bookkeeping;
    # entries of files the user changed stay, so such a file is never taken for ours.
    remaining = {n: e for n, e in index.items() if n not in deleted and (target / n).exists()}
    backup_targets.save_index(target, remaining)
    return tuple(sorted(keep)), tuple(deleted)


def list_backups(target: Path) -> list[BackupListing]:
    """Every `.empbak` in the folder; `verified` only for the app's own, unchanged files."""
    if not target.is_dir():
        raise NoBackupTargets()
    index = backup_targets.load_index(target)
    listings = []
    for path in sorted(target.glob("*.empbak")):
        entry = index.get(path.name)
        if entry is not None and backup_targets.is_ours(target, entry):
            listings.append(_own_listing(entry))
        else:
            listings.append(_foreign_listing(path))
    return listings


def _own_listing(entry: IndexEntry) -> BackupListing:
    return BackupListing(
        entry.name, entry.created, entry.size, entry.schema_revision, entry.verified, True
    )


def _foreign_listing(path: Path) -> BackupListing:
    try:
        header, _ = backup.read_header(path)
        created, revision = header.created, header.schema_revision
    except EmpError:
        created, revision = "", None
    return BackupListing(path.name, created, path.stat().st_size, revision, False, False)
