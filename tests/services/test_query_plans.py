"""The query plans that keep the registry fast at 100,000 persons and 1,000,000 contacts.

Every statement a service really sends is caught and given to `EXPLAIN QUERY PLAN`, so
that dropping an index, renaming one, or a query that stops matching its index fails
here instead of silently turning a seek into a scan of a million rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event

from emp_desktop.services import (
    care_service,
    dashboard_service,
    demo_service,
    registry_service,
    vault_service,
)
from emp_desktop.services.registry_dto import PersonQuery
from emp_desktop.storage.registry_repo import SORT_COLUMNS
from tests.conftest import CHEAP_KDF, PASSPHRASE

TODAY = date(2026, 11, 1)
SORT_INDEXES = {
    "code": "sqlite_autoindex_person_1",  # the unique constraint on code
    "age": "ix_person_age",
    "gender": "ix_person_gender",
    "municipality": "ix_person_municipality_sort",
    "status": "ix_person_status",
    "registration_date": "ix_person_registration_date",
    "last_contact_at": "ix_person_last_contact_at",
    "next_action_on": "ix_person_next_action_on",
}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans") / "kluis"
    opened = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF).vault
    demo_service.fill_demo(opened, 150, seed=5, contacts_per_person=3, today=TODAY)
    yield opened
    vault_service.lock(opened)


def plans(vault, action: Callable[[], object]) -> list[tuple[str, str]]:  # noqa: ANN001
    """(statement, its query plan as one text) for every SELECT that `action` sends."""
    sent: list[tuple[str, object]] = []

    def catch(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", catch)
    try:
        action()
    finally:
        event.remove(vault.engine, "before_cursor_execute", catch)
    with vault.engine.connect() as conn:
        explain = conn.exec_driver_sql
        return [
            (sql, " | ".join(row[3] for row in explain("EXPLAIN QUERY PLAN " + sql, p)))
            for sql, p in sent
        ]


def _page_plans(vault, sort: str, descending: bool) -> list[str]:  # noqa: ANN001
    query = PersonQuery(sort=sort, descending=descending)
    first = registry_service.list_persons(vault, query, 20)
    found = plans(
        vault, lambda: registry_service.list_persons(vault, query, 20, after_id=first[-1].id)
    )
    return [plan for sql, plan in found if "FROM person" in sql and "WHERE person.id =" not in sql]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_every_sort_of_the_person_list_seeks_in_its_index(vault, sort, descending) -> None:
    page_plans = _page_plans(vault, sort, descending)
    assert page_plans, "no page query was sent"
    for plan in page_plans:
        assert f"SEARCH person USING INDEX {SORT_INDEXES[sort]}" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # no sort of all matching rows


def test_a_deep_page_of_contacten_seeks_in_the_time_index(vault) -> None:
    last = registry_service.recent_contacts(vault, 50)[-1][1].id
    found = plans(vault, lambda: registry_service.recent_contacts(vault, 50, after_id=last))
    pages = [plan for sql, plan in found if "JOIN person" in sql]
    assert pages
    for plan in pages:
        assert "SEARCH contact USING INDEX ix_contact_at (at" in plan, plan
        assert "SEARCH person USING INTEGER PRIMARY KEY" in plan, plan
        assert "TEMP B-TREE" not in plan and "OFFSET" not in plan, plan


def test_the_dashboard_counts_from_indexes(vault) -> None:
    found = plans(vault, lambda: dashboard_service.dashboard(vault, TODAY))
    by_table = {}
    for sql, plan in found:
        assert "SCAN " not in plan.replace("SCAN CONSTANT ROW", ""), (sql, plan)
        table = re.search(r"\bFROM\s+(\w+)", sql).group(1)
        by_table.setdefault(table, []).append(plan)
    # New reports follow the person list (a person once, in her latest registration's
    # year), open cases the person's status: both from covering indexes on `person`.
    new_reports, open_cases = [], []
    for sql, plan in found:
        if "FROM person" in sql:
            (new_reports if "registration_year" in sql else open_cases).append(plan)
    assert len(new_reports) == 2 and len(open_cases) == 1
    assert all("COVERING INDEX ix_person_registration_year_status" in p for p in new_reports)
    assert "COVERING INDEX ix_person_closed_on_status" in open_cases[0]
    assert all("ix_deadline_done_on_due_on" in p for p in by_table["deadline"])


def test_the_due_list_and_a_person_are_read_without_scans_or_sorts(vault) -> None:
    due = plans(vault, lambda: care_service.due_deadlines(vault, TODAY))
    assert ["ix_deadline_done_on_due_on" in p and "TEMP B-TREE" not in p for _, p in due] == [True]
    person = plans(
        vault,
        lambda: (registry_service.person_detail(vault, 7), registry_service.contacts_of(vault, 7)),
    )
    for sql, plan in person:
        assert "SCAN " not in plan, (sql, plan)
