"""Atomic file writes: temp file with owner-only permissions, fsync, rename, fsync dir.

A crash or power loss leaves either the old or the new content, never a torn file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Creates the folder 0700, and tightens an existing one (made 0755 by hand or a tool)."""
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(folder, PRIVATE_DIR_MODE)


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # not ours to change (a shared mount): leave it
        if path.stat().st_mode & 0o777 & ~mode:
            os.chmod(path, mode)


def tighten_files(folder: Path) -> None:
    """Owner-only modes for every file directly in the vault folder (old versions made 0644)."""
    for entry in folder.iterdir():
        if entry.is_file() and not entry.is_symlink():
            _tighten(entry, PRIVATE_FILE_MODE)


def temp_path(path: Path) -> Path:
    """The hidden name a file is written under before it takes its real name."""
    return path.with_name(f".{path.name}.tmp")


def write_atomic(path: Path, data: bytes, keep_previous: Path | None = None) -> None:
    """Replace `path` with `data`; if `keep_previous` is given, the old file moves there."""
    tmp = temp_path(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_previous is not None and path.exists():
            shutil.copy2(path, keep_previous)
            _fsync_file(keep_previous)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    os.chmod(target, PRIVATE_FILE_MODE)
    _fsync_file(target)
    fsync_dir(target.parent)
