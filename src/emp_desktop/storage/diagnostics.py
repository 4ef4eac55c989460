"""What the self-test asks of the storage layer: is this really SQLCipher, and how is it set.

A throw-away database under a random raw key, never a vault: the self-test must not need
a passphrase and must leave nothing behind but what it deletes itself.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from emp_desktop.storage.engine import connect_raw

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CipherReport:
    version: str
    provider: str
    settings: dict[str, str]
    file_encrypted: bool  # the file does not start with SQLite's plaintext header


def _settings(conn) -> dict[str, str]:  # noqa: ANN001 - a sqlcipher3 connection
    found: dict[str, str] = {}
    for (line,) in conn.execute("PRAGMA cipher_settings").fetchall():
        # Each row is a statement such as "PRAGMA kdf_iter = 256000;".
        name, _, value = str(line).removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        found[name.strip()] = value.strip()
    return found


def probe_cipher(folder: Path) -> CipherReport:
    """Creates `folder/probe.db`, writes one row, and reads SQLCipher's own report."""
    path = folder / "probe.db"
    conn = connect_raw(path, secrets.token_bytes(32))
    try:
        conn.execute("CREATE TABLE probe (value TEXT)")
        conn.execute("INSERT INTO probe VALUES ('zelftest')")
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        provider_row = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        provider = " ".join(str(r[0]) for r in (provider_row, provider_version) if r)
        settings = _settings(conn)
    finally:
        conn.close()
    with open(path, "rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    return CipherReport(version, provider, settings, header != _SQLITE_MAGIC)
