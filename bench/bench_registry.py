"""The registry at scale: 100,000 persons and 1,000,000 contacts in a real vault, against
the same schema and workload on plain SQLite. Prints one JSON line per measure:
{"measure", "seconds", "baseline_seconds", "ratio"}.

Usage: python bench/bench_registry.py [persons] [contacts_per_person]
Targets: keystroke/filter ≤ 0.100 s, open person ≤ 0.150 s, save contact ≤ 0.050 s,
each within 1.5x of plain SQLite (issue 3); dashboard ≤ 0.300 s, a person's trajectory
≤ 0.150 s (issue 4).
"""

from __future__ import annotations

import contextlib
import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

from emp_desktop.domain.registry import ContactInput
from emp_desktop.services import (
    care_service,
    dashboard_service,
    demo_service,
    registry_service,
    vault_service,
)
from emp_desktop.services.registry_dto import PersonQuery
from emp_desktop.storage.keyslots import KdfParams
from emp_desktop.storage.models import Base

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
CONTACTS_PER_PERSON = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
TODAY = date(2026, 11, 1)
PAGE = 200


class PlainVault:
    """The same interface the services use, over plain SQLite with the same pragmas."""

    def __init__(self, path: Path) -> None:
        self.engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(self.engine, "connect")
        def _pragmas(conn, _record):  # noqa: ANN001
            conn.isolation_level = None
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
                           "secure_delete = ON", "foreign_keys = ON", "cache_size = -65536"):
                conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(self.engine, "begin")
        def _begin(conn):  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        Base.metadata.create_all(self.engine)

    @contextlib.contextmanager
    def transaction(self):  # noqa: ANN201
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


def _median(action, runs: int = 7) -> float:  # noqa: ANN001
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _page(opened, query: PersonQuery) -> None:  # noqa: ANN001
    registry_service.count_persons(opened, query)
    registry_service.list_persons(opened, query, 0, PAGE)


def _workloads(opened) -> dict[str, float]:  # noqa: ANN001
    results = {}
    start = time.perf_counter()
    demo_service.fill_demo(opened, PERSONS, seed=42, contacts_per_person=CONTACTS_PER_PERSON,
                           today=TODAY)
    results["bulk_load"] = time.perf_counter() - start
    results["open_person_list"] = _median(lambda: _page(opened, PersonQuery()))
    keystrokes = ["j", "ja", "jan", "EMP-2024-01", "eind"]
    results["search_keystroke"] = max(
        _median(lambda t=t: _page(opened, PersonQuery(text=t))) for t in keystrokes)
    filters = [PersonQuery(form="arbeid"), PersonQuery(year=2024, status="bevestigd"),
               PersonQuery(municipality="GM0753", open_state="open"),
               PersonQuery(sort="last_contact_at", descending=True)]
    results["filter"] = max(_median(lambda q=q: _page(opened, q)) for q in filters)
    person_ids = [1, PERSONS // 2, PERSONS - 1]
    results["open_person"] = max(_median(lambda p=p: (
        registry_service.person_detail(opened, p),
        registry_service.contacts_of(opened, p))) for p in person_ids)
    results["dashboard"] = _median(lambda: dashboard_service.dashboard(opened, TODAY))
    results["open_trajectory"] = max(_median(
        lambda p=p: care_service.trajectory(opened, p)) for p in person_ids)
    contact = ContactInput(at=datetime(2026, 10, 1, 10, 0), mode="telefoon", note="bench")
    results["save_contact"] = _median(
        lambda: registry_service.add_contact(opened, PERSONS // 3, contact), runs=15)
    return results


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        created = vault_service.create_vault(Path(tmp) / "kluis", "bench-wachtzin-lang-genoeg-42",
                                             kdf=KdfParams(memory_kib=1024, iterations=1,
                                                           parallelism=1))
        try:
            cipher = _workloads(created.vault)
        finally:
            vault_service.lock(created.vault)
        plain = _workloads(PlainVault(Path(tmp) / "plain.db"))
    for measure, seconds in cipher.items():
        print(json.dumps({"measure": measure, "seconds": round(seconds, 4),
                          "baseline_seconds": round(plain[measure], 4),
                          "ratio": round(seconds / plain[measure], 2),
                          "persons": PERSONS}))


if __name__ == "__main__":
    main()
