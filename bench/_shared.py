"""What the benchmarks share: JSON lines, medians, the engines compared, and the large
demo vault built once and reused.

The baseline is honest: the *same* SQLite build as the vault (SQLCipher's own library,
sqlcipher3, opened without a key, which gives a plain SQLite database), the same schema
(made by the same Alembic migrations), the same connection pragmas, engine, pool and
transactions, and the same service calls. Only the encryption differs. Every line with
a baseline says which libraries were loaded: `select sqlite_version()` and, when the
connection is keyed, `pragma cipher_version`.

The 100,000-person vault takes minutes to fill, so it is kept in a cache folder
(`EMP_BENCH_CACHE`, default `$TMPDIR/emp-bench`) with its plain twin and the bulk-load
timings of the build; `rm -rf` the folder to measure a fresh build. Synthetic data only.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from emp_desktop.services import demo_service, vault_service
from emp_desktop.storage import engine as vault_engine
from emp_desktop.storage import migrate

PASSPHRASE = "bench-wachtzin-lang-genoeg-42"
SEED = 42
TODAY = date(2026, 11, 1)
# int(expovariate) per person averages ~0.95 of this: 100,000 persons give ≥ 1,000,000
# contacts, so that page 5,000 of Contacten exists.
CONTACTS_PER_PERSON = 10.6


def emit_line(measure: str, **fields: object) -> None:
    print(json.dumps({"measure": measure, **fields}), flush=True)


def emit(measure: str, seconds: float, **extra: object) -> None:
    emit_line(measure, seconds=round(seconds, 4), **extra)


class Timing(NamedTuple):
    """Wall time (what the user waits) and this process's CPU time over the same runs.
    On a shared machine the wall time also holds other processes' turns; the CPU time
    is what the work itself costs, close to the wall time of an idle machine."""

    wall: float
    cpu: float


def emit_compared(
    measure: str, timing: Timing, baseline: Timing, engines: dict, **extra: object
) -> None:
    """A measure with its honest baseline and the engines behind both figures."""
    emit(
        measure,
        timing.wall,
        baseline_seconds=round(baseline.wall, 4),
        ratio=round(timing.wall / baseline.wall, 2) if baseline.wall else None,
        cpu_seconds=round(timing.cpu, 4),
        baseline_cpu_seconds=round(baseline.cpu, 4),
        cpu_ratio=round(timing.cpu / baseline.cpu, 2) if baseline.cpu else None,
        **engines,
        **extra,
    )


def once(action: Callable[[], object]) -> Timing:
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return Timing(time.perf_counter() - start, time.process_time() - cpu)


def median(action: Callable[[], object], runs: int = 7) -> Timing:
    samples = [once(action) for _ in range(runs)]
    return Timing(
        statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples)
    )


def slowest(timings: Iterable[Timing]) -> Timing:
    return max(timings, key=lambda t: t.wall)


def engine_versions(engine: Engine) -> dict[str, str | None]:
    """The library versions this engine's connections really use."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        # cipher_version names the library even without a key; a provider exists only
        # once a key is set, i.e. when pages are encrypted.
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0] if provider else None
    finally:
        raw.close()
    return {"sqlite": sqlite, "cipher": cipher}


def compared_engines(vault: object, plain: PlainVault) -> dict[str, dict]:
    return {
        "engine": engine_versions(vault.engine),  # type: ignore[attr-defined]
        "baseline_engine": engine_versions(plain.engine),
    }


def _connect_plain(path: Path) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in vault_engine.CONNECTION_PRAGMAS:
        conn.execute(pragma)
    return conn


class PlainVault:
    """The interface the services use (`engine`, `transaction()`), over an unkeyed
    database of the same SQLCipher build, migrated like a vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = vault_engine.engine_for(lambda: _connect_plain(path))
        with tempfile.TemporaryDirectory() as copies:  # upgrade copies of plain data
            migrate.upgrade_to_head(self.engine, path, Path(copies))
        if path.read_bytes()[:16] != b"SQLite format 3\x00":
            raise RuntimeError("the baseline database is not plain SQLite")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def cache_dir() -> Path:
    folder = Path(os.environ.get("EMP_BENCH_CACHE") or Path(tempfile.gettempdir()) / "emp-bench")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _fill(target: object, persons: int) -> Timing:
    return once(
        lambda: demo_service.fill_demo(
            target,  # type: ignore[arg-type]
            persons,
            seed=SEED,
            contacts_per_person=CONTACTS_PER_PERSON,
            today=TODAY,
        )
    )


def large_vault(persons: int) -> tuple[Path, Path, dict]:
    """(vault folder, plain database, build record), building both the first time.

    The vault has the production key derivation, so that unlock measures include it."""
    base = cache_dir()
    folder, plain_path = base / f"vault-{persons}", base / f"plain-{persons}.db"
    record_path = base / f"build-{persons}.json"
    if record_path.exists() and folder.exists() and plain_path.exists():
        return folder, plain_path, json.loads(record_path.read_text())
    for suffix in ("", "-wal", "-shm"):
        plain_path.with_name(plain_path.name + suffix).unlink(missing_ok=True)
    if folder.exists():
        shutil.rmtree(folder)
    opened = vault_service.create_vault(folder, PASSPHRASE).vault
    try:
        cipher_seconds = _fill(opened, persons)
        engines = {"engine": engine_versions(opened.engine)}
    finally:
        vault_service.lock(opened)
    plain = PlainVault(plain_path)
    try:
        plain_seconds = _fill(plain, persons)
        engines["baseline_engine"] = engine_versions(plain.engine)
    finally:
        plain.close()
    record = {
        "bulk_load": list(cipher_seconds),
        "bulk_load_baseline": list(plain_seconds),
        "built": time.strftime("%Y-%m-%dT%H:%M:%S"),  # bulk load is measured at the build
        **engines,
    }
    record_path.write_text(json.dumps(record))
    return folder, plain_path, record
