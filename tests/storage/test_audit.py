"""The audit trail detects an edited, deleted or reordered entry, and a cut-off tail."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from emp_desktop.domain.errors import AuditChainBroken
from emp_desktop.services import vault_service
from emp_desktop.storage import audit
from tests.conftest import PASSPHRASE


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    for action in ("backup", "export", "identity_revealed"):
        vault_service.record_event(vault, action, {"n": 1})
    yield vault
    vault_service.lock(vault)


def _raw(vault, *statements):
    """Tampering from outside the app: drop the guards, then change rows."""
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            conn.exec_driver_sql(statement)


def _verify(vault):
    with vault.transaction() as session:
        return audit.verify(session)


def test_intact_chain_verifies(opened):
    assert _verify(opened) == 5  # created, unlock, three events


def test_the_database_refuses_updates_and_deletes(opened):
    with pytest.raises(IntegrityError), opened.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET action = 'x' WHERE id = 2")
    with pytest.raises(IntegrityError), opened.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 2")
    assert _verify(opened) == 5


@pytest.mark.parametrize(
    "statements",
    [
        ["UPDATE audit_log SET action = 'niets' WHERE id = 3"],
        ["UPDATE audit_log SET detail = '{\"n\": 2}' WHERE id = 4"],
        ["DELETE FROM audit_log WHERE id = 3"],
        ["DELETE FROM audit_log WHERE id = 5"],  # the newest: caught by the head in vault_meta
        [  # reorder two entries by swapping their ids
            "UPDATE audit_log SET id = 100 WHERE id = 3",
            "UPDATE audit_log SET id = 3 WHERE id = 4",
            "UPDATE audit_log SET id = 4 WHERE id = 100",
        ],
    ],
    ids=["edit-action", "edit-detail", "delete-middle", "delete-newest", "reorder"],
)
def test_tampering_is_detected(opened, statements):
    _raw(opened, *statements)
    with pytest.raises(AuditChainBroken):
        _verify(opened)
    assert "audit" in ",".join(vault_service.verify_vault(opened).problems)
