"""A real vault really is SQLCipher, with the settings the design asks for."""

from __future__ import annotations

import sqlite3

import pytest

from emp_desktop.services import vault_service
from tests.conftest import PASSPHRASE


def test_database_file_is_not_plain_sqlite(test_vault):
    header = (test_vault.folder / "vault.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(test_vault.folder / "vault.db").execute("select * from sqlite_schema")


def test_connection_settings_of_a_real_vault(test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        with opened.engine.connect() as conn:
            value = lambda pragma: conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()  # noqa: E731
            assert value("cipher_version").startswith("4.")
            assert value("cipher_hmac_algorithm") == "HMAC_SHA512"
            assert str(value("cipher_page_size")) == "4096"
            assert value("journal_mode") == "wal"
            assert value("synchronous") == 2  # FULL
            assert value("foreign_keys") == 1
            assert value("secure_delete") == 1
            assert value("temp_store") == 2  # MEMORY
    finally:
        vault_service.lock(opened)


def test_engine_hides_parameters_in_errors(test_vault):
    from sqlalchemy import text

    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        with pytest.raises(Exception) as caught, opened.transaction() as session:
            session.execute(text("INSERT INTO no_such_table VALUES (:v)"), {"v": "GEHEIM-123"})
        assert "GEHEIM-123" not in str(caught.value)
    finally:
        vault_service.lock(opened)


def test_core_dumps_are_disabled_after_unlock(test_vault):
    import resource

    vault_service.lock(vault_service.unlock(test_vault.folder, PASSPHRASE))
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def test_locking_disposes_the_engine_and_drops_the_key(test_vault):
    from emp_desktop.domain.errors import VaultLocked

    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    vault_service.lock(opened)
    assert not opened.is_open
    with pytest.raises(VaultLocked):
        _ = opened.master_key


def test_queries_from_many_threads_while_locking_do_not_crash(test_vault):
    """The GUI queries off its thread; locking meanwhile must not pull a connection away."""
    import threading

    from emp_desktop.services import registry_service
    from emp_desktop.services.registry_dto import PersonQuery

    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    assert type(opened.engine.pool).__name__ == "QueuePool"
    errors: list[BaseException] = []

    def work() -> None:
        for _ in range(30):
            try:
                registry_service.count_persons(opened, PersonQuery())
            except Exception as error:  # noqa: BLE001 - a locked vault is an expected answer
                errors.append(error)
                return

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    vault_service.lock(opened)
    for thread in threads:
        thread.join(timeout=30)
    assert all(not t.is_alive() for t in threads)
    # After the lock a query is answered with "locked", never with a crash or a hang.
    assert {type(e).__name__ for e in errors} <= {"VaultLocked"}
