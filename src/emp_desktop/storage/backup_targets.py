"""A backup target folder (USB stick, network share) and the app's bookkeeping in it.

The folder holds only the app's `emp-kluis-….empbak` files plus one dotfile,
`.emp-backups.json`, that lists the files this app wrote (name, time, size, schema
revision, whether the staged test-restore passed). Rotation deletes only files that are
listed there *and* still have the recorded size: a file the user copied in, renamed or
replaced is never touched. Work in progress is written in the hidden folder
`.emp-in-progress/` and removed on failure and, after a crash, at the next run.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from emp_desktop.storage.atomic import fsync_dir, write_atomic

INDEX_NAME = ".emp-backups.json"
STAGING_NAME = ".emp-in-progress"
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class IndexEntry:
    name: str
    created: str  # ISO 8601, local time of the machine that wrote it
    size: int
    schema_revision: str | None
    verified: bool

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.created)


def is_reachable(folder: Path) -> bool:
    """A mounted, writable folder. A missing one is never created: an unplugged USB
    stick's mount point would otherwise silently become a folder on the laptop."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def is_disk_full(error: OSError) -> bool:
    return error.errno in _FULL_ERRNOS


def staging_dir(folder: Path) -> Path:
    """Work in progress lives here (same file system, so publishing is one rename)."""
    return folder / STAGING_NAME


def load_index(folder: Path) -> dict[str, IndexEntry]:
    """The app's own files in this target; an unreadable index means: none are ours."""
    try:
        document = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
        entries = [IndexEntry(**item) for item in document["backups"]]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {e.name: e for e in entries}


def save_index(folder: Path, entries: dict[str, IndexEntry]) -> None:
    document = {"backups": [asdict(e) for e in sorted(entries.values(), key=lambda e: e.name)]}
    write_atomic(folder / INDEX_NAME, json.dumps(document, indent=1).encode("utf-8"))


def is_ours(folder: Path, entry: IndexEntry) -> bool:
    """Listed by us and unchanged in size: safe for rotation to delete."""
    try:
        return (folder / entry.name).stat().st_size == entry.size
    except OSError:
        return False


def remove_leftovers(folder: Path) -> None:
    """Partial files of this or an earlier run that failed, crashed or lost power."""
    staging = staging_dir(folder)
    if staging.is_dir():
        shutil.rmtree(staging, ignore_errors=True)


def delete_backup(folder: Path, name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / name).unlink()


def publish(partial: Path, final: Path) -> None:
    """The verified file takes its real name; never over an existing file."""
    if final.exists():
        raise FileExistsError(final)
    os.replace(partial, final)
    fsync_dir(final.parent)
