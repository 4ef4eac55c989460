"""Encrypted backups: one file with the database and its key slots.

    magic (16 bytes) | header length (4 bytes, big-endian) | header (JSON) | database

The database inside is the vault's own SQLCipher file (a consistent snapshot made with
SQLite's online backup API), so it opens with the same passphrase or recovery code.
The header holds the key slots, sizes and a SHA-256 of the database bytes; it holds
nothing about any person. Restore checks everything before it writes anything final.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from emp_desktop import __version__
from emp_desktop.domain.errors import BackupDamaged, TargetNotEmpty
from emp_desktop.storage import keyslots, leftovers
from emp_desktop.storage.atomic import PRIVATE_FILE_MODE, fsync_dir, make_private_dir
from emp_desktop.storage.engine import connect_raw

MAGIC = b"EMP-DESKTOP-BAK1"
CHUNK = 1 << 20
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupHeader:
    created: str
    app_version: str
    schema_revision: str | None
    db_size: int
    db_sha256: str
    keyslots: bytes


def snapshot_database(vault, target: Path) -> None:  # noqa: ANN001 - OpenVault
    """A consistent, still-encrypted copy of the live database, made while it is open."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    raw = vault.engine.raw_connection()
    try:
        copy = connect_raw(target, vault.master_key)
        try:
            raw.driver_connection.backup(copy, pages=256)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
    finally:
        raw.close()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _header_bytes(header: BackupHeader) -> bytes:
    document = {
        "created": header.created,
        "app_version": header.app_version,
        "schema_revision": header.schema_revision,
        "db_size": header.db_size,
        "db_sha256": header.db_sha256,
        "keyslots": header.keyslots.decode("utf-8"),
    }
    return json.dumps(document, sort_keys=True).encode("utf-8")


def write_backup(
    snapshot: Path,
    slots_bytes: bytes,
    out: Path,
    created: str,
    schema_revision: str | None,
    progress: Progress | None = None,
) -> None:
    header = BackupHeader(
        created,
        __version__,
        schema_revision,
        snapshot.stat().st_size,
        _sha256_of(snapshot),
        slots_bytes,
    )
    encoded = _header_bytes(header)
    tmp = out.with_name(f".{out.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle, open(snapshot, "rb") as source:
            handle.write(MAGIC + struct.pack(">I", len(encoded)) + encoded)
            _copy_with_progress(source, handle, header.db_size, progress)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _copy_with_progress(source, target, total: int, progress: Progress | None) -> int:  # noqa: ANN001
    done = 0
    for chunk in iter(lambda: source.read(CHUNK), b""):
        target.write(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    return done


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """Returns the header and the offset of the database bytes; raises BackupDamaged."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupDamaged(detail="geen back-up van EMP Desktop")
            (length,) = struct.unpack(">I", handle.read(4))
            document = json.loads(handle.read(length).decode("utf-8"))
        header = BackupHeader(
            document["created"],
            document["app_version"],
            document["schema_revision"],
            int(document["db_size"]),
            document["db_sha256"],
            document["keyslots"].encode(),
        )
    except BackupDamaged:
        raise
    except (OSError, ValueError, KeyError, struct.error, UnicodeDecodeError):
        raise BackupDamaged(detail="kop onleesbaar") from None
    keyslots.from_bytes(header.keyslots)  # raises KeySlotsDamaged on a damaged copy
    return header, len(MAGIC) + 4 + length


def extract_database(
    path: Path, header: BackupHeader, offset: int, target: Path, progress: Progress | None = None
) -> None:
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    with open(path, "rb") as source, os.fdopen(fd, "wb") as out:
        source.seek(offset)
        written = 0
        for chunk in iter(lambda: source.read(CHUNK), b""):
            digest.update(chunk)
            out.write(chunk)
            written += len(chunk)
            if progress:
                progress(written, header.db_size)
        out.flush()
        os.fsync(out.fileno())
    if written != header.db_size or digest.hexdigest() != header.db_sha256:
        raise BackupDamaged(detail="database in de back-up is onvolledig of gewijzigd")


def ensure_empty_target(folder: Path) -> None:
    """Empty, new, or holding only temp files of a killed restore (removed first)."""
    if folder.exists():
        leftovers.sweep_folder(folder)
        if any(folder.iterdir()):
            raise TargetNotEmpty(folder=folder)
    make_private_dir(folder)
