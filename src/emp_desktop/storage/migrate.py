"""Schema upgrades at unlock: embedded Alembic, one real transaction, a copy first.

New vaults take the same path (upgrade from base), so there is one way to a schema.
Before upgrading an existing vault the encrypted file is copied; if the upgrade fails
the transaction rolls back and the copy is put back. A database whose revision this
version does not know (made by a newer app) is refused, never touched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from emp_desktop.domain.errors import MigrationFailed, VaultTooNew
from emp_desktop.locations import migrations_dir
from emp_desktop.storage.atomic import copy_durably

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions: it costs ~0.25 s to import, and the app
# should show its unlock window before anyone has typed a passphrase.


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def _scripts():  # noqa: ANN202
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def refuse_newer(revision: str | None) -> None:
    """A schema revision this version does not know comes from a newer version."""
    if revision is not None and not _known(revision):
        raise VaultTooNew(revision=revision)


def _known(revision: str) -> bool:
    return any(s.revision == revision for s in _scripts().walk_revisions())


def checkpoint(engine: Engine) -> None:
    """Moves the WAL into the main file, so a file copy is complete. Outside a transaction."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


def upgrade_to_head(engine: Engine, db_path: Path, backup_dir: Path) -> bool:
    """Brings the schema to head; returns True if anything was upgraded."""
    current = current_revision(engine)
    refuse_newer(current)
    if current == head_revision():
        return False
    copy = _copy_before_upgrade(engine, db_path, backup_dir, current)
    try:
        _run_upgrade(engine)
    except Exception as error:
        if copy is not None:
            _restore_copy(engine, copy, db_path)
        raise MigrationFailed(detail=type(error).__name__) from error
    return True


def _run_upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = _config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _copy_before_upgrade(
    engine: Engine, db_path: Path, backup_dir: Path, current: str | None
) -> Path | None:
    if current is None:
        return None  # a new, empty vault: nothing to keep
    checkpoint(engine)
    backup_dir.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    copy = backup_dir / f"voor-upgrade-{current}-{stamp}.db"
    copy_durably(db_path, copy)
    return copy


def _restore_copy(engine: Engine, copy: Path, db_path: Path) -> None:
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    copy_durably(copy, db_path)
