"""Migrations: base → head on a real vault, models agree, failures restore the copy."""

from __future__ import annotations

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from emp_desktop import locations
from emp_desktop.domain.errors import MigrationFailed, VaultTooNew
from emp_desktop.services import vault_service
from emp_desktop.storage import migrate
from emp_desktop.storage.models import Base
from tests.conftest import PASSPHRASE


def test_new_vault_is_migrated_from_empty_to_head(test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        assert migrate.current_revision(opened.engine) == migrate.head_revision()
    finally:
        vault_service.lock(opened)


def test_orm_models_and_migrations_agree(test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        with opened.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert differences == []
    finally:
        vault_service.lock(opened)


def test_a_vault_from_a_newer_version_is_refused_untouched(test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    with opened.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    vault_service.lock(opened)
    before = (test_vault.folder / "vault.db").read_bytes()
    with pytest.raises(VaultTooNew):
        vault_service.unlock(test_vault.folder, PASSPHRASE)
    assert (test_vault.folder / "vault.db").read_bytes() == before


FAILING_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO vault_meta (key, value) VALUES ('half', 'done')")
    raise RuntimeError("interrupted upgrade")


def downgrade():
    pass
"""


def test_failed_upgrade_leaves_the_old_schema_and_keeps_a_copy(test_vault, tmp_path, monkeypatch):
    broken = tmp_path / "migrations"
    shutil.copytree(locations.migrations_dir(), broken)
    head = migrate.head_revision()
    (broken / "versions" / "0999_broken.py").write_text(FAILING_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: broken)

    with pytest.raises(MigrationFailed):
        vault_service.unlock(test_vault.folder, PASSPHRASE)

    monkeypatch.undo()
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        assert migrate.current_revision(opened.engine) == head
        with opened.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
            half = conn.exec_driver_sql("SELECT count(*) FROM vault_meta WHERE key='half'").scalar()
        assert "half_done" not in tables and half == 0
    finally:
        vault_service.lock(opened)
    copies = list((test_vault.folder / "backups").glob("voor-upgrade-*.db"))
    assert len(copies) == 1 and copies[0].read_bytes()[:16] != b"SQLite format 3\x00"


def test_every_revision_upgrades_to_head_keeping_data(tmp_path):
    """A vault made at each earlier revision (with data) upgrades to head and keeps it."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from emp_desktop.domain import recovery_code
    from emp_desktop.storage import keyslots, vault
    from emp_desktop.storage.engine import open_engine
    from tests.conftest import CHEAP_KDF

    script = ScriptDirectory.from_config(migrate._config())
    revisions = [s.revision for s in reversed(list(script.walk_revisions()))][:-1]
    for revision in revisions:
        folder = tmp_path / f"rev-{revision}"
        folder.mkdir()
        key = keyslots.new_master_key()
        code = recovery_code.generate()
        keyslots.save(folder / "keyslots.json", keyslots.create(key, PASSPHRASE, code, CHEAP_KDF))
        engine = open_engine(folder / "vault.db", key)
        cfg = migrate._config()
        with engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.exec_driver_sql("INSERT INTO vault_meta (key, value) VALUES ('marker', 'x')")
        engine.dispose()
        opened = vault.open_with(folder, PASSPHRASE, "passphrase")
        try:
            assert migrate.current_revision(opened.engine) == migrate.head_revision()
            with opened.engine.connect() as conn:
                marker = conn.exec_driver_sql(
                    "SELECT value FROM vault_meta WHERE key = 'marker'"
                ).scalar()
            assert marker == "x"
            assert list((folder / "backups").glob(f"voor-upgrade-{revision}-*.db"))
        finally:
            opened.close()
