"""The SQLCipher engine: SQLAlchemy 2 over sqlcipher3, failing closed.

The key is set in a `creator`, never in a URL, and `hide_parameters=True` keeps values
out of error texts and logs. Every connection is checked to really be SQLCipher with
the key applied before anything else runs; there is no fallback to plain sqlite3.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from emp_desktop.domain.errors import DiskFull, VaultDamaged

# SQLCipher 4 defaults are what we want (AES-256-CBC, HMAC-SHA512 per page, 4096-byte
# pages); the key is raw, so SQLCipher's own PBKDF2 is skipped — Argon2id in the key
# slots does the stretching.
CONNECTION_PRAGMAS = (  # also what bench/ gives its plain-SQLite baseline
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # Takes effect in a new, empty vault only (an existing one switches with its first
    # erasure, storage/erasure.compact): erasure then frees pages without a full VACUUM.
    "PRAGMA auto_vacuum = INCREMENTAL",
    "PRAGMA busy_timeout = 10000",
    # 64 MiB of decrypted pages in RAM (never on disk): repeated list queries over
    # 100,000 persons then decrypt each page once instead of on every scan.
    "PRAGMA cache_size = -65536",
)


def disable_core_dumps() -> None:
    """A core dump would write the master key and decrypted pages to disk."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows writes no core files by default
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _raw_key_pragma(master_key: bytes) -> str:
    return f"PRAGMA key = \"x'{master_key.hex()}'\""


def connect_raw(db_path: Path, master_key: bytes) -> sqlcipher.Connection:
    """One keyed connection, checked; raises VaultDamaged if the key does not open it."""
    conn = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(master_key))
        if not conn.execute("PRAGMA cipher_version").fetchone():
            raise RuntimeError("sqlcipher3 is not built with SQLCipher; refusing to continue")
        # The first read proves the key and the page HMACs of the schema.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            _apply(conn, pragma, db_path)
    except sqlcipher.DatabaseError as error:
        conn.close()
        if is_disk_full(error) or (
            isinstance(error, sqlcipher.OperationalError) and low_on_space(db_path.parent)
        ):
            raise DiskFull(folder=db_path.parent, needed_mb=DISK_HEADROOM_MB) from None
        raise VaultDamaged(detail=_damage_detail(error)) from None
    except BaseException:
        conn.close()
        raise
    return conn


DISK_HEADROOM_MB = 64  # what we ask to be freed: room for the WAL and a checkpoint
LOW_SPACE_BYTES = 1024 * 1024


def low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _apply(conn: sqlcipher.Connection, pragma: str, db_path: Path) -> None:
    """A full disk cannot switch a closed vault to WAL (that needs -wal and -shm files):
    then it stays in rollback mode, where reading needs no new file and a write reports
    the full disk. Reading, checking and backing up to another disk keep working."""
    try:
        conn.execute(pragma).fetchall()
    except sqlcipher.OperationalError as error:
        full = is_disk_full(error) or low_on_space(db_path.parent)
        if pragma.startswith("PRAGMA journal_mode") and full:
            return
        raise


def connect_plain(db_path: Path, master_key: bytes) -> sqlcipher.Connection:
    """A keyed connection that changes nothing about the file (no WAL switch, no pragmas)."""
    conn = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_raw_key_pragma(master_key))
    return conn


def leave_wal(db_path: Path, master_key: bytes) -> None:
    """At close: back to rollback mode, WAL folded in and gone, so the vault at rest is one
    file and the next open needs no new file (see `_apply`)."""
    conn = connect_plain(db_path, master_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()


def _damage_detail(error: Exception) -> str:
    text = str(error).lower()
    if "not a database" in text:
        return "database niet te ontsleutelen of beschadigd"
    if "malformed" in text:
        return "database beschadigd"
    return "databasefout"


def open_engine(db_path: Path, master_key: bytes) -> Engine:
    return engine_for(lambda: connect_raw(db_path, master_key))


def engine_for(creator: Callable[[], sqlcipher.Connection]) -> Engine:
    """The vault's engine around `creator`; bench/ passes an unkeyed one as its baseline."""
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        hide_parameters=True,
        # A URL without a file name makes SQLAlchemy pick SingletonThreadPool (meant for
        # :memory:), which closes other threads' connections while they run a query — a
        # crash when the GUI queries off its thread. A queue pool hands each thread its
        # own connection and closes a disposed one only when it is returned.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )
    _emit_real_transactions(engine)
    return engine


def _emit_real_transactions(engine: Engine) -> None:
    """SQLAlchemy's pysqlite recipe: we emit BEGIN ourselves, so DDL is transactional."""

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.info["changes_at_begin"] = conn.connection.driver_connection.total_changes

    @event.listens_for(engine, "commit")
    def _count_commit(conn):  # noqa: ANN001
        # Fires just before COMMIT. A transaction that changed rows also bumps the commit
        # counter, which the key-slot anchor compares at the next unlock (rollback check).
        if conn.connection.driver_connection.total_changes != conn.info.get("changes_at_begin"):
            bump_commit_count(conn.connection.driver_connection)


COMMIT_COUNT_KEY = "commit_count"


def bump_commit_count(dbapi_connection) -> None:  # noqa: ANN001
    try:
        dbapi_connection.execute(
            "INSERT INTO vault_meta (key, value) VALUES (?, '1') ON CONFLICT (key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            (COMMIT_COUNT_KEY,),
        )
    except sqlcipher.OperationalError as error:
        if "no such table" not in str(error):  # before the first migration: nothing to count
            raise


def read_position(dbapi_connection) -> tuple[int, int, str]:  # noqa: ANN001
    """(commits, audit entries, audit head hash) as the database itself says."""
    import json

    rows = dict(
        dbapi_connection.execute(
            "SELECT key, value FROM vault_meta WHERE key IN (?, 'audit_head')", (COMMIT_COUNT_KEY,)
        ).fetchall()
    )
    head = json.loads(rows.get("audit_head", '{"count": 0, "hash": ""}'))
    return int(rows.get(COMMIT_COUNT_KEY, 0)), int(head["count"]), str(head["hash"])


def audit_hash_at(dbapi_connection, entry_id: int) -> str | None:  # noqa: ANN001
    query = "SELECT hash FROM audit_log WHERE id = ?"
    row = dbapi_connection.execute(query, (entry_id,)).fetchone()
    return row[0] if row else None


def is_damage(error: BaseException) -> bool:
    """Real corruption only: a refused constraint or a full disk is not damage."""
    return isinstance(error, sqlcipher.DatabaseError) and not isinstance(
        error, sqlcipher.OperationalError | sqlcipher.IntegrityError
    )


def is_operational(error: BaseException) -> bool:
    return isinstance(error, sqlcipher.OperationalError)


def is_constraint(error: BaseException) -> bool:
    return isinstance(error, sqlcipher.IntegrityError)


def is_disk_full(error: BaseException) -> bool:
    import errno

    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(error, sqlcipher.DatabaseError) and "full" in str(error).lower()
