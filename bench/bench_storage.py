"""Write and read throughput of a vault (SQLCipher, WAL, synchronous=FULL, secure_delete)
against the same workload on plain SQLite with the same pragmas, as a baseline ratio."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
           "secure_delete = ON", "foreign_keys = ON")
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
COMMITS = 300


def _open(module, path: Path, key: bytes | None):  # noqa: ANN001, ANN202
    conn = module.connect(str(path), isolation_level=None)
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
    timings[f"bulk insert {ROWS} rows (1 tx)"] = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(COMMITS):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO contact (person, at, note) VALUES (?, ?, ?)", (i, "2025", "x"))
        conn.execute("COMMIT")
    timings[f"{COMMITS} single-row commits (fsync each)"] = time.perf_counter() - start
    start = time.perf_counter()
    for person in range(0, 5000, 5):
        conn.execute("SELECT count(*), max(at) FROM contact WHERE person = ?", (person,)).fetchone()
    timings["1000 indexed lookups"] = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("SELECT person, count(*) FROM contact GROUP BY person").fetchall()
    timings["full scan group-by"] = time.perf_counter() - start
    return timings


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cipher = _workload(_open(sqlcipher, Path(tmp) / "c.db", os.urandom(32)))
        plain = _workload(_open(sqlite3, Path(tmp) / "p.db", None))
    print(f"{'workload':42} {'SQLCipher':>10} {'SQLite':>10} {'ratio':>6}")
    for name, seconds in cipher.items():
        print(f"{name:42} {seconds * 1000:8.1f}ms {plain[name] * 1000:8.1f}ms "
              f"{seconds / plain[name]:6.2f}")


if __name__ == "__main__":
    main()
