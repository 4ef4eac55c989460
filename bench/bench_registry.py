"""The registry at scale: 100,000 persons and ≥ 1,000,000 contacts in a real vault,
against the same SQLite build without encryption (bench/_shared.py). One JSON line per
measure: {"measure", "seconds", "baseline_seconds", "ratio", "engine", "baseline_engine"}.

Usage: python bench/bench_registry.py [persons]
Targets (issue 17): every interactive measure ≤ 0.050 s and ≤ 1.2x the baseline; bulk
load of the demo ≤ 1.2x the baseline. Medians of 7 runs (save_contact: 15).
"""

from __future__ import annotations

import sys
from datetime import datetime

from _shared import (
    PASSPHRASE,
    TODAY,
    PlainVault,
    Timing,
    compared_engines,
    emit_compared,
    large_vault,
    median,
    slowest,
)
from sqlalchemy import func, select

from emp_desktop.domain.registry import ContactInput
from emp_desktop.services import (
    care_service,
    dashboard_service,
    registry_service,
    vault_service,
)
from emp_desktop.services.registry_dto import PersonQuery
from emp_desktop.storage.registry_models import Contact, Person
from emp_desktop.storage.registry_repo import SORT_COLUMNS

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PAGE = 200
DEEP_CONTACT_PAGE = 5_000  # page 5,000 of Contacten: rows 999,801-1,000,000
TARGET = {"target_seconds": 0.05, "target_ratio": 1.2}


def _page(opened, query: PersonQuery) -> None:  # noqa: ANN001
    """What the list does for a new query: the count and the first page."""
    registry_service.count_persons(opened, query)
    registry_service.list_persons(opened, query, PAGE)


def _anchor(opened, model, order, page: int) -> int | None:  # noqa: ANN001
    """The id of the last row before `page` (untimed: the GUI has it from the page before)."""
    with opened.transaction() as session:
        offset = (page - 1) * PAGE - 1
        return session.scalar(select(model.id).order_by(*order).offset(offset).limit(1))


def _list_measures(opened) -> dict[str, Timing]:  # noqa: ANN001
    results = {"open_person_list": median(lambda: _page(opened, PersonQuery()))}
    keystrokes = ["j", "ja", "jan", "EMP-2024-01", "eind"]
    results["search_keystroke"] = slowest(
        median(lambda t=t: _page(opened, PersonQuery(text=t))) for t in keystrokes
    )
    filters = [
        PersonQuery(form="arbeid"),
        PersonQuery(year=2024, status="bevestigd"),
        PersonQuery(municipality="GM0753", open_state="open"),
        PersonQuery(sort="last_contact_at", descending=True),
    ]
    results["filter"] = slowest(median(lambda q=q: _page(opened, q)) for q in filters)
    results["sort_by_municipality"] = slowest(
        median(lambda d=d: _page(opened, PersonQuery(sort="municipality", descending=d)))
        for d in (False, True)
    )
    results["sort_any_column"] = slowest(
        median(lambda s=s, d=d: _page(opened, PersonQuery(sort=s, descending=d)), runs=3)
        for s in SORT_COLUMNS
        for d in (False, True)
    )
    last_page = PERSONS // PAGE
    after = _anchor(opened, Person, (Person.municipality_sort, Person.id), last_page)
    results["persons_deep_page"] = median(
        lambda: registry_service.list_persons(
            opened, PersonQuery(sort="municipality"), PAGE, after_id=after
        )
    )
    return results


def _contact_measures(opened) -> dict[str, Timing]:  # noqa: ANN001
    results = {"contacts_first_page": median(lambda: registry_service.recent_contacts(opened))}
    order = (Contact.at.desc(), Contact.id.desc())
    with opened.transaction() as session:
        pages = (session.scalar(select(func.count(Contact.id))) or 0) // PAGE
    # Page 5,000 at 1,000,000 contacts; the last full page of a smaller vault.
    after = _anchor(opened, Contact, order, min(DEEP_CONTACT_PAGE, pages))
    results["contacts_deep_page"] = median(
        lambda: registry_service.recent_contacts(opened, PAGE, after_id=after)
    )
    return results


def _workloads(opened) -> dict[str, Timing]:  # noqa: ANN001
    results = _list_measures(opened) | _contact_measures(opened)
    person_ids = [1, PERSONS // 2, PERSONS - 1]
    results["open_person"] = slowest(
        median(
            lambda p=p: (
                registry_service.person_detail(opened, p),
                registry_service.contacts_of(opened, p),
            )
        )
        for p in person_ids
    )
    results["dashboard"] = median(lambda: dashboard_service.dashboard(opened, TODAY))
    results["due_deadlines"] = median(lambda: care_service.due_deadlines(opened, TODAY))
    results["open_trajectory"] = slowest(
        median(lambda p=p: care_service.trajectory(opened, p)) for p in person_ids
    )
    contact = ContactInput(at=datetime(2026, 10, 1, 10, 0), mode="telefoon", note="bench")
    results["save_contact"] = median(
        lambda: registry_service.add_contact(opened, PERSONS // 3, contact), runs=15
    )
    return results


def _recorded(value: float | list[float]) -> Timing:
    """A build record's timing; records from before CPU time was kept hold the wall only."""
    return Timing(*value) if isinstance(value, list) else Timing(value, 0.0)


def main() -> None:
    folder, plain_path, build = large_vault(PERSONS)
    opened = vault_service.unlock(folder, PASSPHRASE)
    plain = PlainVault(plain_path)
    try:
        engines = compared_engines(opened, plain)
        cipher = _workloads(opened)
        baseline = _workloads(plain)
        with opened.transaction() as session:
            contacts = session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1))
    finally:
        vault_service.lock(opened)
        plain.close()
    scale = {"persons": PERSONS, "contacts": contacts}
    emit_compared(
        "bulk_load",
        _recorded(build["bulk_load"]),
        _recorded(build["bulk_load_baseline"]),
        {"engine": build["engine"], "baseline_engine": build["baseline_engine"]},
        target_ratio=1.2,
        measured_at=build["built"],
        **scale,
    )
    for measure, seconds in cipher.items():
        emit_compared(measure, seconds, baseline[measure], engines, **TARGET, **scale)


if __name__ == "__main__":
    main()
