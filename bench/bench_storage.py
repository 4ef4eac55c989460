"""Write and read throughput of a vault (SQLCipher, WAL, synchronous=FULL, secure_delete)
against the same workload on the same SQLite build without a key (sqlcipher3 unkeyed, a
plain SQLite database) with the same pragmas, as a baseline ratio. One JSON line each."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from _shared import emit

PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
           "secure_delete = ON", "foreign_keys = ON")
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
COMMITS = 300


def _open(path: Path, key: bytes | None):  # noqa: ANN202
    conn = sqlcipher.connect(str(path), isolation_level=None)
    if key:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, person INT, at TEXT, note TEXT)")
    conn.execute("CREATE INDEX ix_contact_person ON contact (person)")
    return conn


def _workload(conn) -> dict[str, float]:  # noqa: ANN001
    timings = {}
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO contact (person, at, note) VALUES (?, ?, ?)",
                     ((i % 5000, f"2025-{i % 12 + 1:02d}-01", "notitie " * 8) for i in range(ROWS)))
    conn.execute("COMMIT")
    timings["storage_bulk_insert"] = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(COMMITS):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO contact (person, at, note) VALUES (?, ?, ?)", (i, "2025", "x"))
        conn.execute("COMMIT")
    timings["storage_single_row_commits"] = time.perf_counter() - start
    start = time.perf_counter()
    for person in range(0, 5000, 5):
        conn.execute("SELECT count(*), max(at) FROM contact WHERE person = ?", (person,)).fetchone()
    timings["storage_indexed_lookups"] = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("SELECT person, count(*) FROM contact GROUP BY person").fetchall()
    timings["storage_full_scan_group_by"] = time.perf_counter() - start
    return timings


def _versions(conn) -> dict[str, str | None]:  # noqa: ANN001
    provider = conn.execute("PRAGMA cipher_provider").fetchone()
    return {
        "sqlite": conn.execute("SELECT sqlite_version()").fetchone()[0],
        "cipher": conn.execute("PRAGMA cipher_version").fetchone()[0] if provider else None,
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        keyed, plain = _open(Path(tmp) / "c.db", os.urandom(32)), _open(Path(tmp) / "p.db", None)
        engines = {"engine": _versions(keyed), "baseline_engine": _versions(plain)}
        cipher, baseline = _workload(keyed), _workload(plain)
    what = {"rows": ROWS, "commits": COMMITS, "lookups": 1000}
    for name, seconds in cipher.items():
        emit(name, seconds, baseline_seconds=round(baseline[name], 4),
             ratio=round(seconds / baseline[name], 2), **engines, **what)


if __name__ == "__main__":
    main()
