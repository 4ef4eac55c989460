"""Temp files of a killed command: removed at the next unlock, never mistaken for data.

Everything we write goes to a hidden `.<name>.tmp` first. A command killed half-way
leaves that file behind: in the vault folder (found by its name) or next to a backup or
export elsewhere (listed in `unfinished-files.json` while the command runs). The list
holds only paths of our own temp files; writing it is best effort, so a full disk never
stops the command it protects.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from emp_desktop.storage.atomic import write_atomic

JOURNAL = "unfinished-files.json"
_OWN_TEMP_NAMES = (".restore-staged.db", ".backup-snapshot.db")


_TEMP_ENDINGS = (".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal")  # SQLite's side files too


def _is_our_temp(path: Path) -> bool:
    name = path.name
    return name in _OWN_TEMP_NAMES or (name.startswith(".") and name.endswith(_TEMP_ENDINGS))


def with_side_files(path: Path) -> list[Path]:
    """A temp database and the -wal/-shm/-journal files SQLite may put beside it."""
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


def _read(folder: Path) -> list[str]:
    try:
        listed = json.loads((folder / JOURNAL).read_text())["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [str(p) for p in listed if isinstance(p, str)]


def _write(folder: Path, files: list[str]) -> None:
    with contextlib.suppress(OSError):
        if files:
            write_atomic(folder / JOURNAL, json.dumps({"files": files}).encode())
        else:
            (folder / JOURNAL).unlink(missing_ok=True)


@contextlib.contextmanager
def tracked(vault_folder: Path, temp_files: Iterable[Path]) -> Iterator[None]:
    """Lists `temp_files` while the block runs, so a kill in between is cleaned up later."""
    added = [str(p) for p in temp_files]
    _write(vault_folder, [*_read(vault_folder), *added])
    try:
        yield
    finally:
        _write(vault_folder, [p for p in _read(vault_folder) if p not in added])


def sweep_folder(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_file() and _is_our_temp(entry):
            entry.unlink(missing_ok=True)


def sweep(vault_folder: Path) -> None:
    """At unlock: our temp files in the vault folder and those a killed command listed."""
    sweep_folder(vault_folder)
    for listed in map(Path, _read(vault_folder)):
        if _is_our_temp(listed):
            with contextlib.suppress(OSError):
                listed.unlink(missing_ok=True)
    _write(vault_folder, [])
