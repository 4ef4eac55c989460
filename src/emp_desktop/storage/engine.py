"""The SQLCipher engine: SQLAlchemy 2 over sqlcipher3, failing closed.

The key is set in a `creator`, never in a URL, and `hide_parameters=True` keeps values
out of error texts and logs. Every connection is checked to really be SQLCipher with
the key applied before anything else runs; there is no fallback to plain sqlite3.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from emp_desktop.domain.errors import VaultDamaged

# SQLCipher 4 defaults are what we want (AES-256-CBC, HMAC-SHA512 per page, 4096-byte
# pages); the key is raw, so SQLCipher's own PBKDF2 is skipped — Argon2id in the key
# slots does the stretching.
CONNECTION_PRAGMAS = (  # also what bench/ gives its plain-SQLite baseline
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
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
            conn.execute(pragma)
    except sqlcipher.DatabaseError as error:
        conn.close()
        raise VaultDamaged(detail=_damage_detail(error)) from None
    except BaseException:
        conn.close()
        raise
    return conn


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


def is_damage(error: BaseException) -> bool:
    return isinstance(error, sqlcipher.DatabaseError) and not isinstance(
        error, sqlcipher.OperationalError
    )
